"""Counts of people (and other countable things) in Indonesian news, typed and sourced.

Component ``pantau_counts`` writes ``doc._.counts``: ``{value, text, start, end, qualifier, kind, unit,
place, source[, value_max]}`` (DESIGN.md; ``value_max`` is the top of a range).

Hand-written because Indonesian numerals and their hedges are language-specific: "3,5 juta",
"200.000", "dua puluh lima", vague plurals "ratusan"/"puluhan ribu" (value = the lower bound, qualifier
``at_least``), ranges "200-300" / "antara 10 dan 20" (value = the lower bound, ``value_max``), and
qualifiers before ("lebih dari" more_than, "sekitar/kira-kira" about, "hampir/nyaris" almost,
"setidaknya/sedikitnya/paling sedikit" at_least, "kurang dari" less_than) or after ("200 orang lebih").
"mencapai N"/"hingga N" report a running total that has reached N, so they are read as ``at_least``.

The kind comes from ``pantau/lexicons/count_kinds_id.tsv`` (a predicate after the counted phrase —
"12 orang tewas" —, the counted noun itself — "300 pengungsi" —, or a verb before it in the clause —
"menewaskan 12 orang"); a count with no noun that restates an earlier one ("menyebutkan jumlahnya lebih
dari 300.000", "Tiga di antaranya") inherits the earlier count's kind and unit. Years, dates (spans found
by ``pantau_dates``), ages, percentages, money, durations and measurements are never counts: they are
left out (units marked "-" in ``count_units_id.tsv``). The source is the speaker of the quotation or
reported speech (``pantau_quotes``) the number sits in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pantau.extract import EXTRACTORS, doc_text
from pantau.extract._lex import number_regex, number_words, parse_number, read_tsv

if not Doc.has_extension("counts"):
    Doc.set_extension("counts", default=None)

QUALIFIERS = [
    ("tidak kurang dari", "at_least"), ("tidak lebih dari", "less_than"), ("lebih daripada", "more_than"),
    ("lebih dari", "more_than"), ("di atas", "more_than"), ("sedikitnya", "at_least"), ("setidaknya", "at_least"),
    ("paling sedikit", "at_least"), ("sekurang-kurangnya", "at_least"), ("minimal", "at_least"),
    ("mencapai", "at_least"), ("hingga", "at_least"), ("sampai", "at_least"), ("kurang lebih", "about"),
    ("lebih kurang", "about"), ("sekitar", "about"), ("kira-kira", "about"), ("sekira", "about"),
    ("hampir", "almost"), ("nyaris", "almost"), ("kurang dari", "less_than"), ("di bawah", "less_than"),
    ("paling banyak", "less_than"), ("maksimal", "less_than"), ("sebanyak", "exact"), ("sejumlah", "exact"),
    ("total", "exact"),
]
_QUAL_RE = re.compile(r"(?:^|\s)(?P<q>" + "|".join(re.escape(q) for q, _ in QUALIFIERS) + r")\s+$", re.I)
_QUAL = dict(QUALIFIERS)
_BLOCK_BEFORE = re.compile(r"(?:\b(?:rp|us\$|usd|idr|pukul|jam|nomor|no|pasal|ayat|lantai|rt|rw|jalur|gelombang|tahap|edisi|kelas|angka|skor|peringkat|urutan|urut|km|kilometer|tahun|berusia|berumur|usia|umur|halaman|bab|nomer|level|tingkat|kategori|skala|magnitudo|kode|seri|versi|pukul)\.?|[$€£¥]|ke-)\s*$", re.I)
_FUNCTION = {"di", "ke", "dari", "yang", "untuk", "dengan", "pada", "telah", "sudah", "akan", "tidak", "tak", "juga",
             "masih", "belum", "sedang", "bahwa", "karena", "adalah", "ialah", "merupakan", "bisa", "dapat", "harus",
             "pun", "hanya", "itu", "ini", "tersebut", "sejak", "saat", "ketika", "kepada", "atas", "oleh", "dan",
             "atau", "serta", "namun", "tetapi", "lalu", "kemudian", "per", "sebagai", "menjadi", "hingga", "sampai",
             "lebih", "kurang", "setiap", "tiap", "dalam", "antara", "selama", "sebelum", "setelah", "usai", "seusai",
             "bagi", "tanpa", "melawan", "kontra", "versus", "vs"}
_VERBLIKE = re.compile(r"^(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}$")
# where a source is based, not where its count is: "Observatorium ... yang berbasis di Inggris,
# sedikitnya 910 orang tewas"
_BASED = re.compile(r"\b(?:berbasis|bermarkas|berkantor|berpusat|berkedudukan)\s+$")
# "di/dari/asal" (and a designator) before a capitalised name: where counted people are
_PLACE_AFTER = re.compile(r"\b(?:di|dari|asal)\s+(?:(?:provinsi|kabupaten|kota|ibu\s+kota|desa|kawasan|wilayah|kecamatan|"
                          r"kelurahan|distrik|negara\s+bagian|pulau|pantai|perbatasan|negara|perairan|pesisir|dekat|"
                          r"sekitar)\s+)?(?P<p>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")
_DAYMON = re.compile(r"^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)$")


# "kelima awaknya", "ketiga korban": all of them, a count (an ordinal follows its noun: "korban kelima")
_COLLECTIVE = re.compile(r"(?<![\w-])(?P<num>ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))(?=\s+\w)",
                         re.I)
# bodies of people whose names follow a counted noun ("anggota Korps Marinir"): no place
_UNIT_BODIES = {"korps", "unit", "satuan", "tim", "brigade", "batalyon", "divisi", "resimen", "skuadron", "armada"}
# a running total: "bertambah menjadi 21 orang"
_TOTAL_VERB = re.compile(r"\b(?:menjadi|mencapai|berjumlah)\s+$")

# Kinds that only people have, and units that are never people: "sembilan desa" is no count of the
# displaced, "empat kapal" SAR boats no troops (damage to things stays "affected").
PERSON_KINDS = {"killed", "injured", "displaced", "missing", "detained", "refugees", "sheltered", "troops"}
THING_UNITS = {"villages", "vehicles", "buildings", "ships", "boats", "aircraft", "schools", "provinces", "mosques",
               "churches", "houses", "kecamatan", "kabupaten"}
# Units a count of people may come in ("500 keluarga mengungsi", "12 kasus kematian").
PERSON_UNITS = {"people", "families", "cases"}


@lru_cache(maxsize=1)
def _lex():
    kinds = {"after": [], "before": [], "noun": {}}
    for cue, kind, pos in read_tsv("count_kinds_id.tsv"):
        if pos == "noun":
            kinds["noun"][cue] = kind
        else:
            kinds[pos].append((cue, kind))
    for pos in ("after", "before"):
        kinds[pos].sort(key=lambda x: -len(x[0]))
        kinds[pos + "_re"] = re.compile(r"(?<![\w-])(?P<c>" + "|".join(re.escape(c) for c, _ in kinds[pos]) + r")(?![\w-])", re.I)
        kinds[pos + "_kind"] = dict(kinds[pos])  # cue (lower-case) -> kind
    units = {r[0]: r[1] for r in read_tsv("count_units_id.tsv")}
    return kinds, units


# where the words after a count reach the next count ("30 orang selamat dan enam orang meninggal
# dunia": the survivors did not die), a numeral in words too
_NEXT_COUNT = re.compile(r"\b\d|\b(?:dan|serta)\s+(?:\d|sekitar|sedikitnya|lebih|(?:" + "|".join(
    w for w, (_, k) in number_words().items() if k in ("unit", "whole", "vague")) + r")\b)")
# Between the members of a list of counts: "71 perempuan, 48 anak-anak dan 33 laki-laki"
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")
# Verbs before a count that say what happened to the people, over what the counted noun says they
# are: "menembak mati dua prajurit" are killed, not troops; "menewaskan 12 pengungsi" killed.
CASUALTY_KINDS = {"killed", "injured", "detained", "missing"}
ROLE_KINDS = {"troops", "refugees"}

# The same people as a share, in apposition after a count: "atau hampir 90 persen (penduduk Gaza)"
_SHARE_QUALIFIER = r"(?:(?:hampir|sekitar|lebih\s+dari|sedikitnya|kurang\s+lebih)\s+)?"
_SHARE_APPOSITION = re.compile(r"\s*(?:,\s*)?atau\s+" + _SHARE_QUALIFIER + "$", re.I)
# ... or set off by commas before the predicate: ", hampir 90 persen penduduk Gaza, kehilangan ..."
_SHARE_BETWEEN_COMMAS = re.compile(r"\s*,\s*(?:atau\s+)?" + _SHARE_QUALIFIER + r"\d[\d.,]*\s*(?:persen|%)[^,.;:!?\n]*,",
                                   re.I)
# an aside on who is among them: "61 migran, termasuk perempuan dan anak-anak, tewas"
_AMONG_ASIDE = re.compile(r"\s*,\s*(?:termasuk|di\s+antaranya|sebagian\s+besar)\s[^,.;:!?\n]{1,60},", re.I)
_CAP_RUN = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
_REGION_APPOSITION = re.compile(r",\s*" + _CAP_RUN + ",")
_PLACE_LIST_TAIL = re.compile(r"(?:,\s*" + _CAP_RUN + r")*,?\s+(?:dan|serta)\s+" + _CAP_RUN + r"\b")
# A place's own tally after another's in one sentence: "..., disusul Sumatera Barat dengan 35 orang
# dan Aceh dengan 23 orang" (the count has the kind of the one before it and that place)
_PLACE_TALLY = re.compile(r"(?:,\s*(?:(?:disusul|diikuti)\s+(?:oleh\s+)?)?|\s+(?:dan|serta)\s+)(?P<p>" + _CAP_RUN +
                          r")\s+(?:dengan|sebanyak)\s+$")
_PERCENT = re.compile(r"\d[\d.,]*\s*(?:persen|%)", re.I)


def _to_num(v: float) -> int | float:
    return int(v) if v == int(v) else v


class _Counter:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.dates = [(d["start"], d["end"]) for d in (doc._.dates or [])] if Doc.has_extension("dates") else []
        self.quotes = list(doc._.quotes or []) if Doc.has_extension("quotes") else []
        self.sents = [(s.start_char, s.end_char) for s in doc.sents]
        self.sent_starts = [s for s, _ in self.sents]
        self.kinds, self.units = _lex()
        # names that are no place of the people counted: "46 pasien DBD" (a disease), "staf BNPB"
        self.not_places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "PERSON", "ORG")]
        self.place_ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")]
        self.places = {(p["start"], p["end"]) for p in (doc._.places or [])} if Doc.has_extension("places") else set()

    def _plain_noun(self, word: str, start: int) -> bool:
        """A lower-case common noun that can name what is counted ("40 truk", "delapan menara").

        A word with a verb's prefix counts only where the tagger reads it as a noun: "menara",
        "mesin" and "dinding" are things, "menewaskan" is not."""
        wl = word.lower()
        if word[0].isupper() or wl in _FUNCTION or not re.fullmatch(r"[a-z-]+", wl) or wl.endswith("nya"):
            return False
        if not _VERBLIKE.match(wl):
            return True
        span = self.doc.char_span(start, start + len(word))
        return span is not None and len(span) == 1 and span[0].pos_ == "NOUN"

    def sent_index(self, pos: int) -> int:
        i = bisect_right(self.sent_starts, pos) - 1  # one bisect: a scan made long documents quadratic
        return i if i >= 0 and pos < self.sents[i][1] else -1

    def sent_at(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the sentence holding ``pos``, or None."""
        i = self.sent_index(pos)
        return self.sents[i] if i >= 0 else None

    def clause_bounds(self, pos: int) -> tuple[int, int]:
        text = self.text

        def boundary(i: int) -> bool:
            ch = text[i]
            inner = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
            return (ch in ".;:!?\n" or ch == ",") and not inner

        s = pos
        while s > 0 and not boundary(s - 1):
            s -= 1
        e = pos
        while e < len(text) and not boundary(e):
            e += 1
        return s, e

    def run(self) -> list[dict]:
        text = self.text
        out: list[dict] = []
        rx = number_regex()
        matches = sorted(list(rx.finditer(text)) + list(_COLLECTIVE.finditer(text)), key=lambda m: m.start("num"))
        skip_until = -1
        for m in matches:
            s, e = m.start("num"), m.end("num")
            if s < skip_until:
                continue
            if any(ds <= s < de for ds, de in self.dates):
                continue
            numtxt = m.group("num")
            value, vague = parse_number(numtxt[2:] if m.re is _COLLECTIVE else numtxt)
            if value is None:
                continue
            before = text[max(0, s - 25):s]
            after = text[e:e + 40]
            if _BLOCK_BEFORE.search(before) or re.match(r"\s*(?:%|persen\b|-an\b|-|/|\))", after) and not re.match(r"\s*[-–]\s*\d", after):
                continue
            if s > 0 and text[s - 1] == "(":
                continue  # "(45)": an age or a reference, not a count
            low = numtxt.lower()
            is_word = not numtxt[0].isdigit()
            if is_word and (s, e) in self.places:
                continue  # "di Lima, Peru": the geocoder placed the word
            if is_word and value == 1:
                continue  # "satu", "seribu" as articles: "satu sumber", "salah satu"
            if is_word and re.search(r"salah\s+$", before, re.I):
                continue
            # range
            value_max = None
            end = e
            qualifier = None
            qstart = s
            rm = re.match(r"\s*(?:[-–]|hingga|sampai(?:\s+dengan)?|s\.d\.?)\s*(?P<n>\d[\d.,]*(?:\s+(?:ribu|juta|miliar))?)", after)
            am = re.search(r"\bantara\s+$", before, re.I)
            if am:
                rm2 = re.match(r"\s*(?:dan|hingga|sampai|[-–])\s*(?P<n>\S+(?:\s+(?:ribu|juta|miliar))?)", after)
                if rm2:
                    v2, _ = parse_number(rm2.group("n").rstrip(".,"))
                    if v2 is not None:
                        value_max, end = v2, e + rm2.end("n") - (len(rm2.group("n")) - len(rm2.group("n").rstrip(".,")))
                        qualifier, qstart = "range", s - (len(before) - am.start())
            elif rm:
                v2, _ = parse_number(rm.group("n").rstrip(".,"))
                if v2 is not None and v2 > value:
                    # "3-5 juta": the scale of the second number applies to the first
                    if v2 >= 1000 * value and not re.search(r"ribu|juta|miliar", numtxt) and re.search(r"ribu|juta|miliar", rm.group("n")):
                        value = value * (v2 // parse_number(rm.group("n").split()[0])[0])
                    value_max, end = v2, e + rm.end("n") - (len(rm.group("n")) - len(rm.group("n").rstrip(".,")))
                    qualifier = "range"
            if value_max is not None:
                skip_until = end
            # qualifier before
            qm = _QUAL_RE.search(text[max(0, qstart - 30):qstart])
            if qm and qualifier is None:
                qualifier = _QUAL[qm.group("q").lower()]
                qstart = qstart - (len(text[max(0, qstart - 30):qstart]) - qm.start("q"))
            elif qm:
                qstart = qstart - (len(text[max(0, qstart - 30):qstart]) - qm.start("q"))
            # the counted noun
            rest = text[end:]
            wm = re.match(r"\s+(?P<w>[\w%-]+)", rest) if not rest.startswith(("%",)) else None
            if rest.startswith("%"):
                continue
            noun = wm.group("w") if wm else None
            nl = noun.lower() if noun else None
            if nl in ("lebih",):
                qualifier = qualifier or "more_than"
                if qualifier == "exact":
                    qualifier = "more_than"
                wm2 = re.match(r"\s+lebih\s+(?P<w>[\w-]+)", rest)
                noun_end = end + (wm.end() if wm else 0)
                wm = wm2 or wm
                noun = wm2.group("w") if wm2 else None
                nl = noun.lower() if noun else None
            if nl == "mantan" and (mm := re.match(r"\s+mantan\s+(?P<w>[a-z][\w-]*)", rest)):
                wm, noun, nl = mm, mm.group("w"), mm.group("w").lower()  # "dua mantan direktur": former directors
            if nl and nl not in self.units and nl.endswith("nya") and self.units.get(nl[:-3], "-") != "-":
                nl = nl[:-3]  # "menewaskan lima awaknya": its crew, counted
            if m.re is _COLLECTIVE and self.units.get(nl) != "people":
                continue  # "kedua negara", "ketiga kalinya": both, a third time; no people counted
            if nl and self.units.get(nl) == "-":
                continue
            if noun and _DAYMON.match(noun):
                continue
            if re.fullmatch(r"(?:19|20)\d\d", numtxt) and (nl is None or self.units.get(nl) != "people"):
                continue  # a year
            if nl and re.match(r"ribu|juta|miliar", nl):
                continue
            inherit = False
            unit = None
            span_end = end
            # "312 dari 580 anggota", "sembilan dari 12 korban": a part of a counted whole, in its unit
            part = re.match(r"\s+dari\s+(?:total\s+)?(?P<n>\d[\d.,]*|[a-z]+)(?:\s+(?:ribu|juta|miliar))?\s+(?P<w>[\w-]+)",
                            rest) if nl == "dari" else None
            if part and parse_number(part.group("n"))[0] is None:
                part = None
            whole = part.group("w").lower() if part else None
            if part and self.units.get(whole, "-") != "-":
                nl = whole
                unit = self.units[nl]
                span_end = end + part.end()
            elif part and self._plain_noun(part.group("w"), end + part.start("w")):
                nl = unit = whole  # "tujuh dari delapan menara": a part of a whole in its own unit
                span_end = end + part.end()
            elif nl in ("di", "diantaranya") and re.match(r"\s+(?:di\s+)?antara(?:nya|\s+mereka)", rest, re.I):
                inherit = "all"
                span_end = end + re.match(r"\s+(?:di\s+)?antara(?:nya|\s+mereka)", rest, re.I).end()
            elif nl == "lainnya":
                inherit = "unit"
                span_end = end + wm.end()
            elif nl and nl in self.units:
                unit = self.units[nl]
                span_end = end + wm.end()
                if nl == "kepala" and not re.match(r"\s+kepala\s+keluarga", rest, re.I):
                    unit = "people"
                hm = re.match(r"\s+rumah\s+tangga\b", rest, re.I) if nl == "rumah" else None
                if hm:
                    unit = "families"  # "150.000 rumah tangga": households, not houses
                    span_end = end + hm.end()
                # a people noun phrase: "warga Suriah", "pengungsi Rohingya", "warga sipil", "terduga teroris"
                nm = re.match(r"\s+[\w-]+(?:\s+(?:rasa|sipil|asing|negara|kesehatan|migran|gabungan|teroris|narkoba|narkotika|korupsi|buah\s+kapal))?(?:\s+(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)?)?", rest)
                if nm and unit == "people":
                    span_end = end + len(nm.group(0).rstrip(" ,."))
                vm = re.match(r"\s+(?:sepeda\s+motor|(?:sepeda|mobil|motor)\s+listrik)\b", rest, re.I)
                if vm and unit == "vehicles":
                    span_end = end + vm.end()  # "tiga sepeda motor": a vehicle named in two words
            elif nl and self._plain_noun(noun, end + wm.start("w")):
                unit = nl
                span_end = end + wm.end()
            else:
                inherit = "all"
                name = re.search(r"\b[A-Z][\w-]*\s+$", text[max(0, qstart - 30):qstart])
                sent = self.sent_at(qstart)
                if name and sent and sent[0] < qstart - len(name.group(0)):
                    continue  # a number in a name, "Liga 1 antara Arema FC dan ...": no count
                if re.search(r"\b(?:kalah|menang|imbang|skor|unggul|takluk|tumbang)\s+$", text[max(0, qstart - 12):qstart]):
                    continue  # a match score, "Arema kalah 2-3"
            prev = self._previous(out, s)
            if inherit and prev is None:
                if nl is None or inherit == "all":
                    continue
            kind = None
            si = self.sent_index(s)
            same_sentence = prev is not None and self.sent_index(prev["start"]) == si
            if inherit == "all" and prev is not None and not same_sentence:
                # a later sentence's bare number counts what its own "jumlah X" names: "Delapan
                # fraksi setuju. ... batas jumlah kementerian ... ditetapkan 34" counts ministries
                sent = self.sent_at(qstart)
                jm = re.search(r"\bjumlah\s+([a-z-]+)", text[sent[0]:qstart]) if sent else None
                named = self.units.get(jm.group(1), jm.group(1)) if jm else None
                if named is not None and named != prev["unit"]:
                    inherit, unit = None, named
            if inherit == "all" and prev is not None:
                # the part keeps the whole's unit, and its kind unless it has a predicate of its own:
                # "312 anak terjangkit, empat di antaranya meninggal dunia"
                unit = prev["unit"]
                kind = self._kind(s, qstart, span_end, nl) or prev["kind"]
            elif inherit == "unit" and prev is not None:
                unit = prev["unit"]
            if kind is None:
                kind = self._kind(s, qstart, span_end, nl)
            if kind is None and same_sentence and prev["unit"] == unit and \
                    re.search(r"\b(?:termasuk|di\s+antaranya|antara\s+lain|yakni|yaitu)\s+$", text[prev["end"]:qstart]):
                kind = prev["kind"]  # "menewaskan 22 orang, termasuk 13 anak-anak": a part of the killed
            if kind is None and same_sentence and prev["unit"] == unit == "people" and \
                    _LIST_SEPARATOR.fullmatch(text[prev["end"]:qstart]):
                kind = prev["kind"]  # "pengungsi terdiri atas 71 perempuan, 48 anak-anak dan 33 laki-laki"
            tally = _PLACE_TALLY.search(text, prev["end"], qstart) if same_sentence else None
            if kind is None and tally and prev["unit"] == unit == "people":
                kind = prev["kind"]  # "116 orang meninggal, disusul Sumatera Barat dengan 35 orang"
            if kind is None:
                same = [c for c in out if c["unit"] == unit and self.sent_index(c["start"]) == si]
                if same and unit and re.search(r"\b(?:turun|naik|bertambah|berkurang)\s+$", text[max(0, qstart - 20):qstart]):
                    kind = same[-1]["kind"]
            if kind is None or (kind in PERSON_KINDS and unit is not None and unit not in PERSON_UNITS):
                # "4.500 warga dari sembilan desa" are displaced, the villages are not; "mengerahkan 300
                # petugas dan 40 truk": the trucks are no troops
                kind = "other"
            if qualifier is None:
                qualifier = "at_least" if vague else "exact"
            if unit is None:
                unit = "people"
            fact = {"value": _to_num(value), "text": text[qstart:span_end], "start": qstart, "end": span_end,
                    "qualifier": qualifier, "kind": kind, "unit": unit,
                    "place": tally.group("p") if tally and (tally.start("p"), tally.end("p")) in self.places
                    else self._place(s, span_end), "source": self._source(s)}
            if value_max is not None:
                fact["value_max"] = _to_num(value_max)
            out.append(fact)
        for a, b in zip(reversed(out[:-1]), reversed(out[1:])):
            # "40 warga dan dua polisi tewas": the predicate after a list of people is each one's
            if a["kind"] == "other" and a["unit"] == b["unit"] == "people" and \
                    b["kind"] in PERSON_KINDS - ROLE_KINDS and _LIST_SEPARATOR.fullmatch(text[a["end"]:b["start"]]):
                a["kind"] = b["kind"]
        return out

    def _after_place_commas(self, end: int, ce: int) -> int | None:
        """Where the predicate goes on after the place the counted phrase ends with ("di/dari
        <place>" up to ``ce``) when commas go on with the place: its region (", Jawa Barat,") or
        more places of a list (", Malawi dan Uruguay tewas"); else None."""
        text = self.text
        if not re.search(r"\b(?:di|dari)\s", text[end:ce]):
            return None
        m = _REGION_APPOSITION.match(text, ce) or _PLACE_LIST_TAIL.match(text, ce)
        if not m:
            return None
        names = list(re.finditer(_CAP_RUN, m.group(0)))
        if not all(any(ps == ce + n.start() and pe == ce + n.end() for ps, pe in self.place_ents) for n in names):
            return None
        return m.end()

    def _previous(self, out: list[dict], pos: int) -> dict | None:
        if not out:
            return None
        si = self.sent_index(pos)
        last = out[-1]
        if si - self.sent_index(last["start"]) <= 2:
            return last
        return None

    def _kind(self, s: int, qstart: int, end: int, noun: str | None) -> str | None:
        text = self.text
        kinds = self.kinds
        cs, ce = self.clause_bounds(s)
        # after the counted phrase: up to ~8 words, not past another number
        after = text[end:max(end, ce)]
        ap = _SHARE_BETWEEN_COMMAS.match(text, end) or _AMONG_ASIDE.match(text, end)
        if ap:  # "1,9 juta orang, hampir 90 persen penduduk Gaza, kehilangan tempat tinggal"
            after = text[ap.end():self.clause_bounds(ap.end())[1]]
        elif (region := self._after_place_commas(end, ce)) is not None:
            # "1.333 siswa di Kabupaten Bandung Barat, Jawa Barat, mengalami keracunan"
            after = text[end:ce] + " " + text[region:self.clause_bounds(region)[1]]
        for nm in _NEXT_COUNT.finditer(after):
            if _SHARE_APPOSITION.match(after[:nm.start()]) and _PERCENT.match(after, nm.start()):
                continue  # "1,9 juta orang atau hampir 90 persen penduduk Gaza telah mengungsi"
            after = after[:nm.start()]
            break
        after = " ".join(after.split()[:8])
        am = kinds["after_re"].search(after)
        if am and re.search(r"\b(?:tidak|tak|tanpa|belum)\b", after[:am.start()]) and am.group("c").lower() not in ("ditemukan",):
            am = None  # "orang yang tidak memiliki akses terhadap tempat berlindung"
        if am:
            kind = kinds["after_kind"][am.group("c").lower()]
            if kind == "population" and re.search(r"\b(?:pengungsian|posko|tenda|kamp|penampungan|hunian\s+sementara)\b", after[am.end():]):
                return "displaced"  # "tinggal di 86 titik pengungsian"
            if kind == "population" and re.search(r"\bsebagai\s+pengungsi\b", after[am.end():]):
                return "refugees"  # "6 juta warga Ukraina tinggal di luar negeri sebagai pengungsi"
            return kind
        if noun and noun in kinds["noun"]:
            kind = kinds["noun"][noun]
            if kind in ROLE_KINDS:
                verb = kinds["before_re"].search(" ".join(text[cs:qstart].split()[-3:]))
                done = kinds["before_kind"][verb.group("c").lower()] if verb else None
                if done in CASUALTY_KINDS:
                    return done
            return kind
        # a noun phrase "korban tewas" as the counted noun
        two = re.match(r"\s*(\w+\s+\w+)", text[end - len(noun or "") - 1:]) if noun else None
        if two and two.group(1).lower() in kinds["noun"]:
            return kinds["noun"][two.group(1).lower()]
        before = text[cs:qstart]
        if re.search(r"\b(?:di|ke|dari)\s+$", before):
            return None  # "di enam kecamatan": a place, not a patient
        words = before.split()[-10:]
        bm = list(kinds["before_re"].finditer(" ".join(words)))
        if not bm and (_TOTAL_VERB.search(text[cs:s]) or _TOTAL_VERB.search(text[cs:qstart])):
            # a running total whose subject opens the sentence: "Korban meninggal akibat gempa di
            # Cianjur, Jawa Barat, bertambah menjadi 21 orang", "... menjadi lebih dari 1.600 orang"
            sent = self.sent_at(s)
            ss = sent[0] if sent else cs
            bm = list(kinds["before_re"].finditer(" ".join(text[ss:qstart].split()[:6])))
        if bm:
            return kinds["before_kind"][bm[-1].group("c").lower()]
        return None

    def _place(self, s: int, end: int) -> str | None:
        text = self.text
        sent = self.sent_at(s) or (0, len(text))
        cs, ce = self.clause_bounds(s)

        def usable(m: re.Match) -> bool:
            return not _DAYMON.match(m.group("p").split()[0]) and not self._named_body(m.start("p"), m.end("p")) \
                and not _BASED.search(text, max(0, m.start() - 20), m.start())

        def whole(m: re.Match) -> str:
            # a place the NER found, in full: "di Stadion Utama Gelora Bung Karno" (the pattern takes three words)
            a = m.start("p")
            return next((text[a:e] for s_, e in self.place_ents if s_ == a and e > m.end("p")), m.group("p"))

        for m in _PLACE_AFTER.finditer(text, end, ce):
            if usable(m):
                return whole(m)
        # the count's own noun phrase: "warga Suriah", "pengungsi Rohingya"
        nm = re.search(r"(?P<p>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)$", text[s:end])
        if nm and nm.start() > 0 and self._placeish(s + nm.start(), s + nm.end()):
            return nm.group("p")
        cands = [m for m in _PLACE_AFTER.finditer(text, sent[0], s) if usable(m)]
        if cands:
            return whole(cands[-1])
        return None

    def _named_body(self, a: int, b: int) -> bool:
        """text[a:b] starts with a person or body the NER found and no place: "120 personel dari
        Basarnas" come from an agency, not a place."""
        return any(s <= a < e for s, e in self.not_places) and not any(s <= a < e for s, e in self.place_ents)

    def _placeish(self, a: int, b: int) -> bool:
        """Whether text[a:b] after a counted noun can be the people's place: not a person or body the
        NER found, and an acronym only as a place ("warga AS", but not "pasien DBD")."""
        if any(s < b and a < e for s, e in self.not_places):
            return False
        if any(s <= a and b <= e for s, e in self.place_ents):
            return True
        from pantau.link.entities import ORG_WORDS  # (no import cycle at load)

        if self.text[a:b].split()[0].lower() in ORG_WORDS | _UNIT_BODIES:
            return False  # "2.200 anggota Korps Marinir", "kepala Unit Pelaksana Teknis": bodies the NER missed
        return not self.text[a:b].isupper()

    def _source(self, s: int) -> str | None:
        best = None
        for q in self.quotes:
            if q["start"] <= s < q["end"] and q.get("speaker"):
                if best is None or q["end"] - q["start"] < best["end"] - best["start"]:
                    best = q
        if not best:
            return None
        spk = best["speaker"]
        m = re.search(r"\(([A-Z][A-Za-z]{1,10})\)\s*$", spk)
        return m.group(1) if m else spk


def find_counts(doc: Doc) -> list[dict]:
    return _Counter(doc).run()


@Language.factory("pantau_counts")
def make_counts(nlp: Language, name: str):
    return CountsComponent()


class CountsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.counts = find_counts(doc)
        return doc


if "pantau_counts" not in EXTRACTORS:
    EXTRACTORS.append("pantau_counts")
