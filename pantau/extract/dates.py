"""Date expressions in Indonesian news, resolved against the publication date.

Component ``pantau_dates`` writes ``doc._.dates``: ``{text, start, end, value, granularity,
resolved_from[, part]}`` (DESIGN.md). Hand-written because the hard part is not reading month
names (dateparser/babel would) but resolving *relative* Indonesian expressions against the article's
publication date: day names ("Jumat" = the most recent Friday on/before publication in past-tense
context, the next one after "akan ..."/"mendatang"), "pekan lalu", "bulan lalu", "kemarin",
"akhir April" (month granularity, part "end"), "musim panas lalu" (season), "dua hari lalu", and the
wire-copy "(16/9)" day/month stamp. Without a publication date they resolve against the date the
article gives itself in its lead, the day-stamp convention "Rabu (21/8/2024)" in its first paragraph
(resolved_from "dateline"); without either they get value None and resolved_from "none" — never
guessed. Fully explicit dates ("14 September 2018") resolve on their
own (resolved_from "explicit"). Month names come from babel's Indonesian locale data, extended with
common abbreviations.

Values: day "YYYY-MM-DD"; week: the day one/N weeks from publication "YYYY-MM-DD"; month "YYYY-MM";
year "YYYY"; season "YYYY-<season>" (northern meteorological seasons; winter labelled by the year of
its December).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from pantau.extract import EXTRACTORS, doc_text
from pantau.extract._lex import number_regex, number_words, parse_number

if not Doc.has_extension("dates"):
    Doc.set_extension("dates", default=None)

DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}


def _months() -> dict[str, int]:
    months: dict[str, int] = {}
    try:
        from babel import Locale

        loc = Locale.parse("id")
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for k, v in loc.months[ctx][width].items():
                    months[str(v).lower().rstrip(".")] = int(k)
    except Exception:  # babel data missing: fall back to the plain list below
        pass
    for i, name in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                              "september", "oktober", "november", "desember"], 1):
        months[name] = i
    months.update({"nopember": 11, "pebruari": 2, "sept": 9, "okt": 10, "des": 12, "agt": 8, "agu": 8})
    months.pop("mar", None)  # "mar" is too ambiguous in running text
    return {k: v for k, v in months.items() if len(k) >= 3}


MONTHS = _months()
SEASONS = {"panas": "summer", "dingin": "winter", "semi": "spring", "gugur": "autumn"}
PART = {"awal": "start", "akhir": "end", "pertengahan": "middle", "medio": "middle", "penghujung": "end",
        "permulaan": "start"}

_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_MON = "(?:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")"
_PART = r"(?:awal|akhir|pertengahan|medio|penghujung|permulaan)"
_NUMW = number_regex().pattern.split("(?P<num>", 1)[1]  # reuse the numeral grammar
_NW = "|".join(sorted((re.escape(w) for w, (_, k) in number_words().items() if k != "vague"), key=len, reverse=True))
_N = rf"(?:\d+|(?:{_NW})(?:\s+(?:{_NW}))*)"
_UNIT = r"(?:hari|pekan|minggu|bulan|tahun)"
# ("depan" as in "pekan depan", but not the place "di depan Gedung DPR", in front of it)
_FUTURE = re.compile(r"\b(akan|bakal|rencananya|dijadwalkan|menjadwalkan|direncanakan|merencanakan|berencana|hendak|"
                     r"nanti|mendatang|"
                     r"(?<!di )(?<!ke )(?<!dari )(?<!bagian )depan|diprakirakan|"
                     r"diprediksi|diproyeksikan)\b", re.I)
# "ditangkap saat hendak terbang ke Aljazair pada Sabtu": an intention inside a "when" clause is
# the moment of the main, past event, not a plan for the day named
_WHILE_ABOUT_TO = re.compile(r"\b(?:saat|ketika|sewaktu|tatkala)\s+$", re.I)
_FRONTED = re.compile(r"\s*(?:(?:Namun|Sementara\s+itu|Lalu|Kemudian|Selanjutnya),?\s+)?(?:pada\s+)?(?:hari\s+)?",
                      re.I)
_FRONTED_FUTURE = re.compile(r"(?:\s*\([\d/]+\))?(?:\s+(?:pagi|siang|sore|malam))?\s*,\s*(?P<subj>(?:[^\s,.;!?]+\s+){0,7}?)"
                             + _FUTURE.pattern)
_VERB_SHAPE = re.compile(r"(?:me|ber|ter|di)[a-z]{4,}")
# "menjelang musim dingin": the season ahead (a season is named without its year, so the word is
# the only sign of which one)
_AHEAD = re.compile(r"\b(?:menjelang|jelang)\s+$", re.I)
# "ditunda hingga Selasa", "sekolah diliburkan sampai Kamis": a suspension lasts *until* a coming
# day, unless the clause gives a range that started earlier ("sejak Senin hingga Selasa").
_UNTIL = re.compile(r"\b(?:hingga|sampai)\s+(?:hari\s+|akhir\s+|awal\s+|pertengahan\s+)?$", re.I)
_SUSPENDED = re.compile(r"\b(?:menunda|ditunda|mengundur|diundur|diperpanjang|memperpanjang|diliburkan|ditutup|"
                        r"menutup|berlaku|dihentikan|menghentikan)\b", re.I)
_SINCE = re.compile(r"\b(?:sejak|dari|mulai)\b", re.I)
# Words that put a bare month name in the past even when it lies just ahead of the publication
# month: "sejak Maret" written in February is last March.
_PAST = re.compile(r"\b(?:sejak|telah|sudah|pernah|lalu|silam|terakhir)\b", re.I)

PATTERNS = [
    # Day name with an explicit date: "Jumat (14/9)", "Senin, 14 September 2018", "Selasa (20/10/2020)"
    # (day names capitalised, "minggu" is also a week; month names in any case)
    ("day_dm", re.compile(rf"\b(?:hari\s+)?(?P<day>{_DAY})\s*(?:\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\s*\)|,\s*(?P<d2>\d{{1,2}})\s+(?P<mon2>(?i:{_MON}))(?:\s+(?P<y2>\d{{4}}))?)")),
    # Full numeric or worded dates
    ("dmy", re.compile(rf"\b(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\s+(?P<y>\d{{4}})\b", re.I)),
    ("dmy_num", re.compile(r"\b(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})\b")),
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("dm_paren", re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})\)")),
    ("dm", re.compile(rf"\b(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})(?:\s+(?P<rel>lalu|kemarin|mendatang|depan|nanti))?\b(?!\s+\d)", re.I)),
    # Months: "akhir April 2019", "September 2021", "pada bulan September", "Februari lalu"
    ("my", re.compile(rf"\b(?:(?P<part>{_PART})\s+)?(?:bulan\s+)?(?P<mon>{_MON})\s+(?:tahun\s+)?(?P<y>\d{{4}})\b", re.I)),
    ("mon", re.compile(rf"\b(?:(?P<part>{_PART})\s+)?(?:bulan\s+)?(?P<mon>{_MON})(?:\s+(?P<rel>lalu|kemarin|mendatang|depan|nanti|ini|tahun\s+ini|tahun\s+lalu|tahun\s+depan))?\b", re.I)),
    # Years
    ("year", re.compile(r"\b(?:(?P<part>awal|akhir|pertengahan|medio|penghujung)\s+)?(?P<kw>tahun|pada|sejak|hingga|sampai|selama|medio|akhir|awal|pertengahan|penghujung)\s+(?:tahun\s+)?(?P<y>(?:19|20)\d{2})\b(?!\s*(?:orang|warga|jiwa)\b)", re.I)),
    # A year coordinated with the year before it: "pada 2022 dan 2023", "tahun 2021, 2022, dan 2023"
    # (kept only right after a year this list found)
    ("year_list", re.compile(r"(?<=(?:19|20)\d\d)\s*(?:,\s*)?(?P<kw>,|dan|atau|serta)\s+(?:tahun\s+)?(?P<y>(?:19|20)\d{2})\b(?!\s*(?:orang|warga|jiwa)\b)", re.I)),
    # Seasons
    ("season", re.compile(r"\b(?:(?P<part>awal|akhir|pertengahan)\s+)?musim\s+(?P<s>panas|dingin|semi|gugur)(?:\s+(?P<rel>lalu|ini|depan|mendatang|(?:tahun\s+)?(?P<y>\d{4})))?\b", re.I)),
    # Relative
    ("rel_n", re.compile(rf"\b(?P<n>{_N})\s+(?P<unit>{_UNIT})\s+(?:(?:yang\s+)?(?P<dir>lalu|silam|sebelumnya|lagi|mendatang|ke\s+depan)|(?P<ba>setelah|sesudah|sebelum)\b)", re.I)),
    # A day of a named week: "Selasa pekan lalu", "Jumat minggu depan" (before rel_unit, which would
    # take "pekan lalu" alone and leave the day to be read as this week's)
    ("day_week", re.compile(rf"\b(?:hari\s+)?(?P<day>{_DAY})\s+(?:pekan|minggu)\s+(?P<dir>lalu|ini|depan|mendatang)\b")),
    ("rel_unit", re.compile(rf"\b(?:(?P<part>{_PART})\s+)?(?P<unit>pekan|minggu|bulan|tahun)\s+(?P<dir>lalu|ini|depan|mendatang|silam)\b", re.I)),
    ("rel_word", re.compile(r"\b(?P<w>kemarin\s+lusa|kemarin|hari\s+ini|besok|lusa|tadi\s+malam|semalam|tadi\s+pagi|malam\s+ini|pagi\s+ini|sore\s+ini|saat\s+ini)\b", re.I)),
    # Unresolvable event anchors: "sejak awal perang"
    ("event", re.compile(r"\b(?:sejak\s+|pada\s+)?(?:awal|akhir|permulaan|pecahnya|dimulainya)\s+(?:perang|konflik|pandemi|krisis|kerusuhan|pertempuran|revolusi|pemberontakan|invasi|wabah)\b", re.I)),
    # Bare day names
    ("day", re.compile(rf"\b(?:hari\s+)?(?P<day>{_DAY})\b(?:\s+(?P<rel>lalu|kemarin|mendatang|depan|ini|nanti))?")),
]


def _pub(doc: Doc) -> dt.date | None:
    p = doc._.published
    if not p:
        return None
    try:
        return dt.date.fromisoformat(str(p)[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _closest_year(pub: dt.date, m: int, d: int, mode: str = "near") -> dt.date | None:
    cands = [c for c in (_safe_date(pub.year + k, m, d) for k in (-1, 0, 1)) if c]
    if not cands:
        return None
    if mode == "past":
        past = [c for c in cands if c <= pub]
        return max(past) if past else min(cands, key=lambda c: abs((c - pub).days))
    if mode == "future":
        fut = [c for c in cands if c >= pub]
        return min(fut) if fut else min(cands, key=lambda c: abs((c - pub).days))
    return min(cands, key=lambda c: abs((c - pub).days))


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _clause_before(text: str, start: int) -> str:
    """The clause before a position (back to the sentence start or a comma/semicolon)."""
    i = start
    while i > 0 and text[i - 1] not in ".!?\n;":
        i -= 1
    return text[i:start]


def _after_closed_quote(before: str) -> str:
    """The attribution after a closed quotation: '"Kami tidak akan mundur," ujarnya, Rabu.' The
    quotation's "akan" speaks of its own future, not of the day the words were said."""
    straight = [i for i, c in enumerate(before) if c == '"']
    close = before.rfind("\u201d")
    if close > before.rfind("\u201c"):
        return before[close + 1:]
    if straight and (len(straight) % 2 == 0 or (straight[-1] > 0 and before[straight[-1] - 1] in ",.!?…")):
        # (an odd count where the clause began inside the quotation, after its first sentence:
        # 'Mereka yang bersalah akan dihukum," kata Modi pada Sabtu' — a mark after its
        # punctuation closes it)
        return before[straight[-1] + 1:]
    return before


def _is_future(text: str, start: int, end: int, rel: str | None) -> bool:
    if rel:
        r = rel.lower()
        if r in ("mendatang", "depan", "nanti"):
            return True
        if r in ("lalu", "kemarin"):
            return False
    before = _after_closed_quote(_clause_before(text, start))
    if _UNTIL.search(before) and _SUSPENDED.search(before) and not _SINCE.search(before):
        return True
    tail = before[-120:]
    if any(not _WHILE_ABOUT_TO.search(tail[:f.start()]) for f in _FUTURE.finditer(tail)):
        return True
    # a date fronted before its clause: "Pada Rabu, Paus dijadwalkan bertemu ..." (the subject may
    # come between, a verb may not: in "Pada Rabu, ia mengatakan akan mundur" the plan is what was said)
    if _FRONTED.fullmatch(before):
        m = _FRONTED_FUTURE.match(text, end)
        return bool(m) and not any(_VERB_SHAPE.fullmatch(w) for w in m.group("subj").split())
    return False


def _fact(m: re.Match, value, gran, rf, part=None, start=None, end=None) -> dict:
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    f = {"text": m.string[s:e], "start": s, "end": e, "value": value, "granularity": gran, "resolved_from": rf}
    if part:
        f["part"] = part
    return f


def _season_value(year: int, season: str) -> str:
    return f"{year}-{season}"


def _season_of(d: dt.date) -> tuple[int, str]:
    m = d.month
    if m in (12, 1, 2):
        return (d.year if m == 12 else d.year - 1), "winter"
    return d.year, {3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer", 8: "summer"}.get(m, "autumn")


_SEASON_ORDER = ["winter", "spring", "summer", "autumn"]


def _resolve(kind: str, m: re.Match, text: str, pub: dt.date | None) -> dict | None:
    g = m.groupdict()
    if kind in ("dmy", "dmy_num", "iso"):
        mon = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
        d = _safe_date(int(g["y"]), mon, int(g["d"]))
        return _fact(m, d.isoformat(), "day", "explicit") if d else None
    if kind == "day_dm":
        if g.get("d2"):
            d_, mon, y = int(g["d2"]), MONTHS.get(g["mon2"].lower().rstrip(".")), g.get("y2")
        else:
            d_, mon, y = int(g["d"]), int(g["m"]), g.get("y")
        if y:
            y = int(y) + (2000 if len(y) == 2 else 0)
            d = _safe_date(y, mon, d_)
            return _fact(m, d.isoformat(), "day", "explicit") if d else None
        if not pub:
            return _fact(m, None, "day", "none")
        d = _closest_year(pub, mon, d_)
        return _fact(m, d.isoformat(), "day", "published") if d else None
    if kind == "dm_paren":
        if not pub:
            return _fact(m, None, "day", "none")
        d = _closest_year(pub, int(g["m"]), int(g["d"]))
        return _fact(m, d.isoformat(), "day", "published") if d else None
    if kind == "dm":
        mon = MONTHS.get(g["mon"].lower().rstrip("."))
        if not mon or int(g["d"]) > 31:
            return None
        if not pub:
            return _fact(m, None, "day", "none")
        mode = "future" if _is_future(text, m.start(), m.end(), g.get("rel")) else (
            "past" if g.get("rel") else "near")
        d = _closest_year(pub, mon, int(g["d"]), mode)
        return _fact(m, d.isoformat(), "day", "published") if d else None
    if kind == "my":
        mon = MONTHS.get(g["mon"].lower().rstrip("."))
        return _fact(m, f"{int(g['y']):04d}-{mon:02d}", "month", "explicit", PART.get((g.get("part") or "").lower()))
    if kind == "mon":
        word = g["mon"].lower().rstrip(".")
        mon = MONTHS.get(word)
        if not mon:
            return None
        # Capitalised month names only (lower-case "mei", "juni" rarely mean months mid-sentence)
        if not g["mon"][0].isupper():
            return None
        part = PART.get((g.get("part") or "").lower())
        rel = (g.get("rel") or "").lower()
        if not pub:
            return _fact(m, None, "month", "none", part)
        if "tahun lalu" in rel:
            y = pub.year - 1
        elif "tahun depan" in rel:
            y = pub.year + 1
        elif "tahun ini" in rel or rel == "ini":
            y = pub.year
        elif _is_future(text, m.start(), m.end(), rel or None):
            y = pub.year if mon >= pub.month else pub.year + 1
            if rel in ("depan", "mendatang") and mon == pub.month:
                y = pub.year + 1
        elif not rel and 0 < mon - pub.month <= 2 and not _PAST.search(_clause_before(text, m.start())):
            # A bare month just ahead of publication is this year's ("panen raya baru dimulai akhir
            # Maret" written in February); one further ahead is last year's ("Desember" in January).
            y = pub.year
        else:
            y = pub.year if mon <= pub.month else pub.year - 1
            if rel in ("lalu", "kemarin") and mon == pub.month:
                y = pub.year - 1
        return _fact(m, f"{y:04d}-{mon:02d}", "month", "published", part)
    if kind == "year":
        kw = g["kw"].lower()
        part = PART.get((g.get("part") or kw).lower()) if (g.get("part") or kw in PART) else None
        start = m.start("kw") if kw in ("tahun",) or part else m.start("y")
        if re.search(r"tahun\s+$", text[m.start():m.start("y")]) and start == m.start("y"):
            start = m.start("y") - len(re.search(r"tahun\s+$", text[m.start():m.start("y")]).group(0))
        if g.get("part"):
            start = m.start()
        return _fact(m, g["y"], "year", "explicit", part, start=start)
    if kind == "season":
        season = SEASONS[g["s"].lower()]
        rel = (g.get("rel") or "").lower()
        part = PART.get((g.get("part") or "").lower())
        if g.get("y"):
            return _fact(m, _season_value(int(g["y"]), season), "season", "explicit", part)
        if not pub:
            return _fact(m, None, "season", "none", part)
        cy, cs = _season_of(pub)
        order = ["spring", "summer", "autumn", "winter"]
        cur = cy * 4 + order.index(cs)
        k = cur - ((cur - order.index(season)) % 4)  # the most recent such season, started by publication
        if rel == "lalu" and season == cs:
            k -= 4
        elif rel in ("depan", "mendatang") or (not rel and season != cs and (
                _is_future(text, m.start(), m.end(), None) or _AHEAD.search(text[max(0, m.start() - 12):m.start()]))):
            k += 4
        y = k // 4
        return _fact(m, _season_value(y, season), "season", "published", part)
    if kind == "rel_n":
        n, vague = parse_number(g["n"])
        if n is None or vague or n != int(n) or n > 1000:
            return None
        n = int(n)
        unit = g["unit"].lower()
        gran = {"hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year"}[unit]
        if g.get("ba"):  # "10 hari setelah <event>": anchored on an event, not the publication date
            return _fact(m, None, gran, "none", end=m.end("unit"))
        if not pub:
            return _fact(m, None, gran, "none")
        sign = 1 if g["dir"].lower() in ("lagi", "mendatang", "ke depan") else -1
        return _fact(m, _shift(pub, gran, sign * n), gran, "published")
    if kind == "rel_unit":
        unit, d = g["unit"].lower(), g["dir"].lower()
        # "Minggu" capitalised mid-sentence is Sunday, handled by the day pattern
        if unit == "minggu" and m.group("unit")[0].isupper() and m.start("unit") > 0 and \
                text[:m.start("unit")].rstrip()[-1:] not in ("", ".", "\n", "!", "?", "\"", "“"):
            return None
        gran = {"pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year"}[unit]
        part = PART.get((g.get("part") or "").lower())
        if not pub:
            return _fact(m, None, gran, "none", part)
        sign = {"lalu": -1, "silam": -1, "ini": 0, "depan": 1, "mendatang": 1}[d]
        return _fact(m, _shift(pub, gran, sign), gran, "published", part)
    if kind == "day_week":
        if not pub:
            return _fact(m, None, "day", "none")
        # weeks start on Monday (Senin), as Indonesian calendars print them
        monday = pub - dt.timedelta(days=pub.weekday())
        sign = {"lalu": -1, "ini": 0, "depan": 1, "mendatang": 1}[g["dir"].lower()]
        return _fact(m, (monday + dt.timedelta(days=7 * sign + DAYS[g["day"].lower()])).isoformat(), "day",
                     "published")
    if kind == "rel_word":
        w = re.sub(r"\s+", " ", g["w"].lower())
        if w == "saat ini":
            return None
        off = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2, "tadi malam": -1,
               "semalam": -1, "tadi pagi": 0, "malam ini": 0, "pagi ini": 0, "sore ini": 0}[w]
        if not pub:
            return _fact(m, None, "day", "none")
        return _fact(m, (pub + dt.timedelta(days=off)).isoformat(), "day", "published")
    if kind == "event":
        return _fact(m, None, None, "none")
    if kind == "day":
        day = g["day"].lower()
        rel = (g.get("rel") or "").lower() or None
        end = m.end() if rel and rel in ("lalu", "mendatang", "depan", "ini", "nanti") else m.end("day")
        if day == "minggu":
            before = text[:m.start()].rstrip()
            # sentence-initial "Minggu lalu/ini/depan" usually means "week"
            if (not before or before[-1] in ".!?\n\"“") and rel in ("lalu", "ini", "depan"):
                return None
        if not pub:
            return _fact(m, None, "day", "none", end=end)
        target = DAYS[day]
        if _is_future(text, m.start(), m.end(), rel):
            delta = (target - pub.weekday()) % 7 or 7
            d = pub + dt.timedelta(days=delta)
        else:
            delta = (pub.weekday() - target) % 7
            if rel == "lalu" and delta == 0:
                delta = 7
            d = pub - dt.timedelta(days=delta)
        return _fact(m, d.isoformat(), "day", "published", end=end)
    return None


def _shift(pub: dt.date, gran: str, k: int) -> str:
    if gran == "day":
        return (pub + dt.timedelta(days=k)).isoformat()
    if gran == "week":
        return (pub + dt.timedelta(days=7 * k)).isoformat()
    if gran == "month":
        y, mo = _add_months(pub.year, pub.month, k)
        return f"{y:04d}-{mo:02d}"
    return f"{pub.year + k:04d}"


# "Undang-Undang Nomor 35 Tahun 2009", "Perpres No. 12 Tahun 2020": the year names a regulation
_CITATION = re.compile(r"\b(?:nomor|nomer|no\.?)\s*\d+[A-Za-z]?(?:/[A-Za-z0-9.-]+)*\s*$", re.I)  # "Nomor 64/P"


def find_dates(text: str, published: dt.date | None) -> list[dict]:
    taken: list[tuple[int, int]] = []
    out: list[dict] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "year" and _CITATION.search(text[max(0, m.start() - 25):m.start()]):
                taken.append((m.start(), m.end()))
                continue
            if kind == "year_list" and not any(f["end"] == m.start() and f["granularity"] == "year" for f in out):
                continue
            f = _resolve("year" if kind == "year_list" else kind, m, text, published)
            if f is None:
                continue
            taken.append((m.start(), m.end()))
            out.append(f)
    out.sort(key=lambda f: f["start"])
    _appositive_offsets(text, out)
    return out


def _appositive_offsets(text: str, facts: list[dict]) -> None:
    """"pada Senin, 10 hari setelah pembicaraan ...": an appositive "N hari setelah X" names the same
    day as the resolved day date just before it in the sentence."""
    for i, f in enumerate(facts):
        if f["value"] is not None or f["granularity"] != "day" or not re.search(r"\b(setelah|sesudah|sebelum)\b", text[f["end"]:f["end"] + 9]):
            continue
        prev = facts[i - 1] if i else None
        if prev and prev["value"] and prev["granularity"] == "day":
            between = text[prev["end"]:f["start"]]
            if "." not in between and "\n" not in between and between.rstrip().endswith(","):
                f["value"] = prev["value"]
                f["resolved_from"] = prev["resolved_from"]


# The lead's own day stamp: "... pada Rabu (21/8/2024)" in the first paragraph.
_LEAD_STAMP = re.compile(rf"\b{_DAY}\s*\((\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\)")


def lead_date(text: str) -> dt.date | None:
    """The day the article dates itself by in its first paragraph, for articles without a
    publication date (plain text files): news leads stamp the day as "Rabu (21/8/2024)"."""
    first = text.lstrip().split("\n\n", 1)[0]
    m = _LEAD_STAMP.search(first)
    return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


@Language.factory("pantau_dates")
def make_dates(nlp: Language, name: str):
    return DatesComponent()


class DatesComponent:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        pub = _pub(doc)
        if pub is not None:
            doc._.dates = find_dates(text, pub)
            return doc
        doc._.dates = find_dates(text, lead_date(text))
        for f in doc._.dates:
            if f["resolved_from"] == "published":
                f["resolved_from"] = "dateline"
        return doc


if "pantau_dates" not in EXTRACTORS:
    EXTRACTORS.append("pantau_dates")
