"""Quotations and reported speech with their speakers (Indonesian news).

Component ``pantau_quotes`` writes ``doc._.quotes``: ``{text, start, end, speaker, speaker_entity_id,
speaker_start, speaker_end, speaker_role, cue, direct}`` (DESIGN.md; ``speaker_role`` is an extension).

Hand-written because Indonesian attribution follows fixed, language-specific shapes that no installed
component models: the inverted cue after a quote (``"...," kata X kepada wartawan``, clitic
``katanya/ujarnya``), ``X mengatakan (bahwa) ...``, ``menurut X, ...`` / ``..., menurut X``, the passive
``yang digambarkan X sebagai "..."``, titles glued to names (``Kapolda Sulsel Irjen Pol X``) and
appositive roles (``X, perwakilan ...,``). Cue verbs live in ``pantau/lexicons/speech_cues_id.tsv``,
titles in ``speaker_roles_id.tsv``.

Works on the blank pipeline (lexical: capitalised-name runs, cue lexicon) and uses ``doc.ents`` (PER/ORG)
when a trained NER is present to pick the name inside a speaker phrase. Pronoun and clitic speakers
("kata dia", "ujarnya", "Ia ...", "lembaga itu") resolve to the most recent named speaker or sentence
subject before them; a quote paragraph with no cue continues the previous speaker.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pantau.extract import EXTRACTORS, doc_text
from pantau.extract._lex import is_common_word, read_tsv
from pantau.nlp.name_features import is_region

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@lru_cache(maxsize=1)
def _lex():
    cues = {r[0].lower(): r[1] for r in read_tsv("speech_cues_id.tsv")}
    roles = read_tsv("speaker_roles_id.tsv")
    titles = {r[0] for r in roles if r[1] == "title"}
    anaphors = {r[0] for r in roles if r[1] == "anaphor"}
    reports = {r[0] for r in roles if r[1] == "report"}
    speakers = {r[0] for r in roles if r[1] == "speaker"}
    inv = sorted([c for c, k in cues.items() if k == "inverted"], key=len, reverse=True)
    verbs = sorted([c for c, k in cues.items() if k == "verb"], key=len, reverse=True)
    passive = sorted([c for c, k in cues.items() if k == "passive"], key=len, reverse=True)
    return {
        "titles": titles,
        # words a role opens with: titles, and words for people quoted without one ("kuasa hukum")
        "role_heads": titles | speakers,
        # words that make a lower-case phrase someone who can be quoted ("menurut warga setempat")
        "voiced": titles | anaphors | speakers,
        # "lembaga itu", "pria berusia 37 tahun itu", "perempuan asal Makassar tersebut" (on lower case)
        "anaphor_np": re.compile(r"(?:\w+\s+)?(?:" + "|".join(anaphors) + r")(?:\s+[\w-]+){0,4}?\s+(?:itu|tersebut|ini)"),
        # (but a joint statement, "pernyataan bersama", is its own source; "Data sementara BNPB": a
        # report's kind is no part of its source)
        "report_head": re.compile(r"^(?:" + "|".join(reports) + r")(?:\s+(?:sementara|terbaru|terkini|resmi|awal|"
                                  r"harian|terakhir|tahunan|bulanan|mingguan))?\s+(?=[A-Z]|kantor\s+berita\s)(?!bersama\b)",
                                  re.I),
        "inv_after": re.compile(r"^\s*[,.!?…]?\s*(?P<cue>(?:" + "|".join(inv) + r")(?:nya)?)\b", re.I),
        "inv_trailing": re.compile(r",\s*(?P<cue>(?:" + "|".join(inv) + r")(?:nya)?)\b(?!-)", re.I),
        # where reported content ends: ", demikian ...", ", seperti dikutip ...", ", kata X"
        "content_end": re.compile(r",\s*(?:demikian|seperti\s+dilansir|seperti\s+dikutip|sebagaimana|menurut\b|(?:"
                                  + "|".join(inv) + r")(?:nya)?\b)", re.I),
        "verb": re.compile(r"\b(?P<cue>" + "|".join(verbs) + r")\b(?!-)", re.I),
        "passive": re.compile(r"\b(?P<cue>" + "|".join(passive) + r")\s+(?P<agent>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:sebagai\s+)?$"),
        "np_verb_after": re.compile(r"^\s*,?\s*(?P<np>(?:[Ii]a|[Dd]ia|[Bb]eliau|[Mm]ereka|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))\s+(?:juga\s+|pun\s+|lalu\s+|kemudian\s+)?(?P<cue>" + "|".join(verbs) + r")\b"),
    }


PRONOUNS = {"dia", "ia", "beliau", "mereka", "pihaknya", "nya"}
_CONNECTOR = re.compile(r"^(?:Namun|Tetapi|Tapi|Akan\s+tetapi|Sementara\s+itu|Sementara|Selain\s+itu|Di\s+sisi\s+lain|Sebelumnya|Kemudian|Adapun|Sedangkan|Secara\s+terpisah|Terpisah|Lebih\s+lanjut|Selanjutnya|Oleh\s+karena\s+itu|Karena\s+itu|Bahkan|Dan|Lalu)\b\s*,?\s*")
_ADVERB_TAIL = re.compile(r"(?:\s+|^)(?:(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)(?:\s*\([\d/]+\))?|juga|telah|sudah|pun|kembali|lagi|sebelumnya|kemudian|pula|tidak|tak|belum|akan|pernah|hanya|bahkan|masih|baru|sempat|sejak\s+itu|secara\s+terpisah|dalam\s+\w+(?:\s+\w+)?|pada\s+(?:hari\s+)?\w+|kepada\s+\w+|hari\s+\w+|kemarin|sendiri|lalu|itu\s+juga)\s*$")
# Verbs of saying whose object is a thing, not a statement: reported speech only with "bahwa".
_OBJECT_CUES = {"mengecam", "mengutuk", "mengkritik", "menanggapi", "memuji"}
# "menyampaikan" conveys a statement ("menyampaikan pengungsi tersebar di ...") or a thing: these
# nouns right after it are what was conveyed, not what was said (reported speech only with "bahwa")
_CONVEYED = re.compile(r"\s*(?:duka|belasungkawa|keberatan|hasil|protes|ucapan|terima\s+kasih|apresiasi|pesan|"
                       r"aspirasi|permintaan|permohonan|selamat|salam|laporan|usulan|keprihatinan|pidato|"
                       r"sambutan|undangan|surat|nota|kecaman|dukungan|rasa|pernyataan|keterangan|penjelasan)\b", re.I)
# a noun phrase closed by a demonstrative and then a setting: what was announced or confirmed
# ("mengumumkan kesepakatan itu"), without where and when it was
_DEMONSTRATED_OBJECT = re.compile(r"\s*(?P<np>(?:[\w-]+\s+){1,3}(?:itu|tersebut|ini))\s+(?:dalam|di|pada|melalui|lewat|"
                                  r"saat|ketika|seusai|usai|setelah|sebelum)\b")
_CLAUSE_LINK = re.compile(r"\s*(?:tetapi|tapi|namun|sedangkan|sementara|lalu|kemudian)\s+", re.I)
# a speech verb after these is planned or wanted, not yet said
_NOT_YET = re.compile(r"\b(?:yang|untuk|akan|dijadwalkan|berencana|hendak|bakal|ingin)\s*$")
_FORWARD_STOP = re.compile(r"\s+(?:kepada|dalam|di|saat|ketika|usai|seusai|setelah|sebelum|pada|melalui|lewat|seperti|sebagaimana|yang|sambil|seraya|sembari|mengulangi|menambahkan|kala|tatkala|dikutip|untuk|terkait|soal|mengenai|tentang|dari|kepadanya|menanggapi|bahwa|sebab|karena)\b")
_DAYLIKE = re.compile(r"^(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|kemarin|hari ini|pekan lalu)\b|^\(?\d")
# what goes on after a medial cue's speaker: a pronoun's statement goes on after any lower-case word,
# a name's only after an auxiliary or a verb (", kata Ahmad, juru bicara polisi" is a role)
_MEDIAL_REST = re.compile(r"^(?:\s+(?:dia|ia|beliau|mereka)\b)?\s*,\s*(?P<rest>[a-z].*)$", re.S)
# where and when something was said, after the cue: "kata dia, di Jakarta, Senin"
_SETTING = re.compile(r"(?:di|ke|dari|pada|dalam|saat|ketika|setelah|sebelum|usai|seusai|kepada|melalui|lewat|seperti|"
                      r"sebagaimana|menambahkan|kemarin|dikutip)\b")
# the words a statement goes on with after a medial cue (a role goes on with a noun: "juru bicara")
_AUXILIARIES = {"akan", "siap", "telah", "sudah", "masih", "tidak", "tak", "belum", "juga", "harus", "perlu", "bisa",
                "dapat", "sedang", "terus", "tetap", "hanya", "pun", "mesti", "wajib", "boleh", "sempat", "kini"}
_AGE = re.compile(r"(?:berusia\s+|berumur\s+|usia\s+)?\d{1,3}\s+tahun", re.I)
_LEADING_PREPS = {"di", "ke", "dari", "pada", "dalam", "saat", "ketika", "setelah", "sebelum", "usai", "seusai", "sejak",
                  "hingga", "sampai", "selama", "atas", "terkait", "soal", "mengenai", "tentang"}
# (a loanword noun has the prefix's letters too: "meteorologi", "diplomasi", "mediasi")
_VERBLIKE = re.compile(r"^(?:ber[a-z]{3,}|(?:me|mem|men|meng|meny|di|ter|per)(?![a-z]*(?:logi|grafi|isme|itas|asi|usi|ksi)$)"
                       r"[a-z]{3,})$")
_FUNCTION = {"di", "ke", "dari", "yang", "untuk", "dengan", "pada", "telah", "sudah", "akan", "tidak", "tak", "juga",
             "masih", "belum", "sedang", "bahwa", "karena", "adalah", "ialah", "merupakan", "bisa", "dapat", "harus",
             "pun", "hanya", "kembali", "itu", "ini", "tersebut", "sejak", "saat", "ketika", "kepada", "atas", "oleh"}
# "setelah KPU menyatakan ...": the speaker of a cue in a subordinate clause starts after its
# conjunction ("saat ini", "sejak itu" are adverbs, not conjunctions)
_SUBORDINATOR = re.compile(r"\b(?:setelah|sesudah|sebelum|ketika|tatkala|sejak|karena|sehingga|meski|meskipun|"
                           r"walaupun|walau|padahal|seusai|usai|saat)\s+(?!ini\b|itu\b)", re.I)
# "Sehari kemudian, Swedia melaporkan": a fronted time phrase, not the subject
_TIME_LEAD = re.compile(r"(?:(?:se|dua|tiga|empat|lima|beberapa|\d+)\s*(?:hari|pekan|minggu|bulan|tahun|jam)"
                        r"(?:\s+(?:kemudian|sebelumnya|setelahnya|sesudahnya|berikutnya|lalu))?|"
                        r"(?:keesokan|esok)\s+harinya)", re.I)
# words that open a region's name, never a person's: "seorang pejabat Kota Foshan" names no one
_UNIT_HEADS = {"kota", "kabupaten", "provinsi", "desa", "kecamatan", "kelurahan", "distrik", "prefektur", "negara"}
# a body's acronym in parentheses after its name: "(IOM)", "(OCHA)"
_PAREN_ACRONYM = re.compile(r"\([A-Z][\w-]*\)")
# a body's capitalised name, perhaps with its acronym: "PT Indonesia Tsingshan Stainless Steel (ITSS)"
_NAME_AND_ACRONYM = re.compile(r"(?:[A-Z][\w.&-]*\s*)+(?:" + _PAREN_ACRONYM.pattern + ")?")
# ber- words that describe a noun, not predicate: "Pihak berwenang menduga", "aparat berwajib"
_ADJECTIVAL = {"berwenang", "berwajib", "bersangkutan", "berkuasa", "berkepentingan"}
# "Tim pemenangan Ridwan Kamil menyatakan": the team speaks, not the person it is named after
_COLLECTIVE = {"tim", "kubu", "pihak", "keluarga", "pendukung"}
_PARTICLES = {"al", "bin", "binti", "van", "von", "de", "da", "der", "el", "bin.", "abu"}
OPEN, CLOSE = "“‘«", "”’»"


def _is_cap(tok: str) -> bool:
    t = tok.strip("(),")
    return bool(t) and (t[0].isupper() or t.lower().split("-")[0] in _PARTICLES and "-" in t)


def _without_adverb_tail(phrase: str, keep_some: bool = False) -> str:
    """``phrase`` without the adverbs, day names and short adverbials at its end ("juga", "pada
    Senin", "kepada wartawan"), stripped one after another; with ``keep_some``, the last strip that
    would leave nothing is not made."""
    while True:
        shorter = _ADVERB_TAIL.sub("", phrase).strip()
        if shorter == phrase or (keep_some and not shorter):
            return phrase
        phrase = shorter


def _run_in(short: list[str], words: list[str]) -> bool:
    """``short`` is a run of consecutive words of ``words``."""
    n = len(short)
    return any(words[i:i + n] == short for i in range(len(words) - n + 1))


def _is_acronym(tok: str) -> bool:
    t = tok.strip("(),")
    return len(t) >= 2 and t.isupper() and t.isalpha()


def _region_words(run: list[str]) -> int:
    """How many words at the head of ``run`` name countries or Indonesian regions (leaving one
    word or more): "Rusia" of "Rusia Vladimir Putin", "Sulawesi Tengah" of "Sulawesi Tengah Moh Arif"."""
    k = 0
    while k < len(run) - 1:
        n = next((n for n in (3, 2, 1) if k + n < len(run) and is_region(" ".join(run[k:k + n]).strip(","))), 0)
        if not n:
            break
        k += n
    return k


def _is_org_word(word: str) -> bool:
    from pantau.link.entities import ORG_WORDS  # (no import cycle at load)

    return word.lower().strip(",") in ORG_WORDS


def _office_words(run: list[str]) -> int:
    """How many words at the head of ``run`` still name the office (bodies, fields, regions),
    leaving two words or more: "Kesehatan Haji Kementerian Kesehatan" of "... Kesehatan Haji
    Kementerian Kesehatan Liliek Marhaendro Susilo", "Kesehatan Jawa Barat" of "Kepala Dinas
    Kesehatan Jawa Barat Vini Adiani Dewi"."""
    from pantau.link.entities import ORG_WORDS, PORTFOLIO_WORDS, _DERIVED_NOUN  # (no import cycle at load)

    k = 0
    while len(run) - k > 2:
        r = _region_words(run[k:])
        if r:
            k += r
            continue
        w = run[k].lower().strip(",")
        if w not in ORG_WORDS and w not in PORTFOLIO_WORDS and not _DERIVED_NOUN.match(w):
            break
        k += 1
    return k


def _up_to_stop(seg: str, start: int) -> str:
    """``seg`` from ``start`` to the next word that ends a speaker's phrase (or to its end)."""
    nxt = _FORWARD_STOP.search(seg, start)
    return seg[start:nxt.start() if nxt else len(seg)]


def split_role_name(np: str, titles: set[str]) -> tuple[str | None, str]:
    """'Menteri Luar Negeri Mevlut Cavusoglu' -> ('Menteri Luar Negeri', 'Mevlut Cavusoglu')."""
    toks = np.split()
    if not toks:
        return None, np
    low = [t.lower().strip("(),.") for t in toks]
    title_idx = [i for i, t in enumerate(low) if t in titles]
    if not title_idx:
        acr = [i for i, t in enumerate(toks) if _is_acronym(t)]
        # (not a body's region: "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cilacap")
        tail = toks[acr[-1] + 1:] if acr else []
        if acr and acr[-1] >= 2 and 2 <= len(tail) <= 3 and all(_is_cap(t) and not _is_acronym(t) for t in tail) \
                and not is_region(" ".join(tail)):
            return " ".join(toks[:acr[-1] + 1]), " ".join(toks[acr[-1] + 1:])
        return None, np
    # trailing run of capitalised, non-title, non-acronym tokens (no digits: "Ketua COP29 Mukhtar
    # Babayev", "Kepala BP2MI Benny Rhamdani")
    j = len(toks)
    while j > 0 and _is_cap(toks[j - 1]) and low[j - 1] not in titles and not _is_acronym(toks[j - 1]) \
            and not toks[j - 1].startswith("(") and not any(c.isdigit() for c in toks[j - 1]):
        j -= 1
    run = toks[j:]
    if not run or is_region(" ".join(run)) or (run[0].lower() in _UNIT_HEADS and len(run) == 2):
        return None, np  # "Bupati Penajam Paser Utara", "Gubernur Bali": an office, no name
    if j > 0 and low[j - 1] == "untuk" and len(run) >= 2:
        # "Duta Besar RI untuk Malaysia Hermono": the office's country is the role's, whether or
        # not the gazetteer knows it
        k = _region_words(run) or 1
        run, j = run[k:], j + k
    if len(run) >= 3 and not any(t.lower().split("-")[0] in _PARTICLES for t in run):
        # the office's country or region before the name ("Presiden Rusia Vladimir Putin", "Bupati
        # Sigi Mohamad Irwan Lapatta") is the role's; a three-word name is a name ("Plt Kepala BPS
        # Amalia Adininggar Widyasanti"); past that, the last two words
        k = _region_words(run)
        if k and len(run) - k > 2 and _is_org_word(run[k]):
            k = _office_words(run)  # "Tata Group Natarajan Chandrasekaran": a company named like a town
        if k:
            run, j = run[k:], j + k
        elif len(run) > 3:
            k = _office_words(run)
            k = k if 2 <= len(run) - k <= 3 else len(run) - 2
            run, j = run[k:], j + k
    if j == 0:
        return None, np
    before = toks[j - 1].strip("(),.")
    if low[j - 1] in ("dan", "atau", "serta", "dengan", "kantor"):
        return None, np  # "para pejabat Turki dan Rusia", "kantor Erdogan": no personal name
    role = " ".join(toks[:j]).strip(" ,")
    return role or None, " ".join(run)


class _Finder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = _lex()
        self.sents = []
        for s in doc.sents:
            st, en = s.start_char, s.end_char
            seg = self.text[st:en]
            st += len(seg) - len(seg.lstrip())
            en -= len(seg) - len(seg.rstrip())
            if en > st:
                self.sents.append((st, en))
        self.per_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ("PER", "PERSON", "ORG")]
        self.places = {(doc[s:e].start_char, doc[s:e].end_char) for s, e, _p in doc._.pantau_place_spans or []} \
            if Doc.has_extension("pantau_place_spans") else set()

    # ---------------------------------------------------------------- helpers
    def _place_list(self, seg: str, start: int) -> bool:
        """``seg`` is "<place> dan <place>", both found as places."""
        m = re.fullmatch(r"(.+?)\s+dan\s+(.+)", seg)
        return bool(m) and (start, start + m.end(1)) in self.places and \
            (start + m.start(2), start + m.end(2)) in self.places

    def _noun_at(self, pos: int) -> bool:
        """The tagger read the word at character ``pos`` as a noun: "mediator", "terdakwa",
        "perempuan" have a verb's prefix shape, "para mediator" is still the subject."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].pos_ == "NOUN"

    def sent_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos < e:
                return s, e
        return pos, pos

    def speaker_from_np(self, np_start: int, np_end: int) -> dict | None:
        """A speaker dict (name/role/span) for the noun phrase text[np_start:np_end]."""
        text = self.text
        while np_start < np_end and text[np_start] in " ,":
            np_start += 1
        while np_end > np_start and text[np_end - 1] in " ,.":
            np_end -= 1
        np = text[np_start:np_end]
        if not np:
            return None
        words = np.split()
        if len(words) > 16:
            return None
        low = np.lower()
        if low in PRONOUNS or self.lex["anaphor_np"].fullmatch(low):
            return {"pronoun": low, "start": np_start, "end": np_end}
        # drop report words: "laporan Human Rights Watch" -> "Human Rights Watch"
        m = self.lex["report_head"].match(np)
        if m:
            np_start += m.end()
            np = text[np_start:np_end]
        m = re.match(r"kantor\s+berita\s+(?=[A-Z])", np)
        if m and len(np.split()) <= 5:  # "kantor berita Reuters": the agency, described
            return {"name": np[m.end():], "role": np[:m.end()].strip(), "start": np_start + m.end(), "end": np_end}
        # parenthesised ages "(45)" are not part of a name
        m = re.search(r"\s*\(\d+\)$", np)
        if m:
            np_end = np_start + m.start()
            np = text[np_start:np_end]
        # a trained NER names the person inside the phrase; the one that ends it is the speaker, an
        # earlier one a body it took for a person ("Juru bicara Departemen Luar Negeri AS Matthew Miller")
        for s, e, lab in sorted(self.per_ents, key=lambda x: x[1] != np_end):
            # (a name may end in an abbreviation's period the phrase lost: "Ferdinand Marcos Jr.")
            if np_start <= s and (e <= np_end or e == np_end + 1 and text[np_end] == ".") and lab in ("PER", "PERSON"):
                role = text[np_start:s].strip(" ,") or None
                if role and role.split()[0].lower() in _COLLECTIVE and "," not in role:
                    return {"name": text[np_start:e], "role": None, "start": np_start, "end": e}
                return {"name": text[s:e], "role": role, "start": s, "end": e}
        role, name = split_role_name(np, self.lex["titles"])
        off = np.rfind(name) if role else 0
        return {"name": name, "role": role, "start": np_start + off, "end": np_start + off + len(name)}

    def _continues(self, seg: str) -> bool:
        """A lower-case segment after a speaker's name goes on with the statement, not the role:
        "harus efektif ...", "diminta tetap waspada ..." (but "menteri luar negeri" is a role)."""
        w = (seg.split() or [""])[0].lower().strip(",")
        return w in _AUXILIARIES or (bool(_VERBLIKE.match(w)) and w not in self.lex["role_heads"])

    def _voiced(self, spk: dict | None) -> dict | None:
        """``spk`` unless it is a thing rather than someone: after "menurut" ("according to") a
        lower-case phrase is a source only when a word in it names people ("menurut warga setempat",
        "menurut keterangan polisi"), not in "menurut perhitungan awal" or "menurut rencana"."""
        if not spk or "pronoun" in spk:
            return spk
        phrase = " ".join(filter(None, (spk.get("role"), spk["name"])))
        words = re.findall(r"[\w-]+", phrase)
        if any(w[:1].isupper() for w in words) or any(w.lower() in self.lex["voiced"] for w in words):
            return spk
        return None

    def forward_speaker(self, pos: int, limit: int) -> dict | None:
        """The speaker phrase after an inverted cue ("kata <X>, <role>, kepada ...")."""
        text = self.text
        m = re.search(r"[.;!?\n]|$", text[pos:limit])
        end = pos + m.start()
        chunk = text[pos:end]
        # split on commas at parenthesis depth 0
        segs, depth, last = [], 0, 0
        for i, ch in enumerate(chunk):
            depth += ch == "("
            depth -= ch == ")"
            if ch == "," and depth == 0 and not (0 < i < len(chunk) - 1 and chunk[i - 1].isdigit() and chunk[i + 1].isdigit()):
                segs.append((last, i))
                last = i + 1
        segs.append((last, len(chunk)))
        k = next((k for k in range(1, min(len(segs), 4)) if re.match(r"\s*dan\s+[A-Z]", chunk[slice(*segs[k])])),
                 None)
        office = chunk[slice(*segs[0])]
        if k is not None and all(re.fullmatch(r"\s*[A-Z][\w-]*\s*", chunk[a:b]) for a, b in segs[1:k]) \
                and re.search(r"[A-Z][\w-]*\s*$", office) \
                and any(_is_org_word(w) or w.lower() in ("balai", "stasiun") for w in office.split()):
            # "ujar Kepala Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah III Denpasar
            # Cahyo Nugroho": a body's name with commas is one segment
            segs[:k + 1] = [(segs[0][0], segs[k][1])]
        first_s, first_e = segs[0]
        seg0 = chunk[first_s:first_e]
        stop = None if re.search(r"\([A-Z][A-Za-z]{1,10}\)\s*$", seg0) else _FORWARD_STOP.search(seg0)
        acr = re.match(r"\s*untuk(?:\s+[A-Z][\w-]*|\s+dan)+\s+\([A-Z][A-Za-z]{1,10}\)", seg0[stop.start():]) \
            if stop and stop.group(0).strip() == "untuk" else None
        if acr:
            # "kata Organisasi Internasional untuk Migrasi (IOM) pada Minggu": the body's name runs
            # to its acronym
            stop = _FORWARD_STOP.search(seg0, stop.start() + acr.end())
        while stop and stop.group(0).strip() == "untuk" and seg0.split()[0].lower() in self.lex["titles"] \
                and re.match(r"(?:[A-Z][\w'.-]*\s*){2,}$", _up_to_stop(seg0, stop.end()).lstrip()):
            # "Koordinator Kemanusiaan PBB untuk Myanmar Marcoluigi Corsi": the office's country,
            # then the name (up to what follows it: "... Volker Turk dalam pernyataan")
            stop = _FORWARD_STOP.search(seg0, stop.end())
        cut = stop is not None
        if stop:
            first_e = first_s + stop.start()
        spk = self.speaker_from_np(pos + first_s, pos + first_e)
        if spk is None or "pronoun" in spk or cut:
            return spk
        np_start, np_end = pos + first_s, pos + first_e
        role = spk.get("role")
        first_tok = text[np_start:np_end].split()[0]
        is_roleish = first_tok[:1].islower() or first_tok.lower() in self.lex["titles"] or \
            not spk["name"][:1].isupper() or spk["name"].split()[0].lower() in self.lex["titles"]
        for s, e in segs[1:]:
            seg = chunk[s:e]
            st = seg.strip()
            if not st or _DAYLIKE.match(st):
                break
            stop = _FORWARD_STOP.match(" " + st)
            if stop:
                break
            stop = _FORWARD_STOP.search(seg)
            seg_e = s + stop.start() if stop else e
            segtxt = chunk[s:seg_e].strip()
            toks = segtxt.split()
            if not toks:
                break
            if toks[0][0].isupper() and all(_is_cap(t) for t in toks) and len(toks) <= 4:
                if (is_roleish or role is None and len(spk["name"].split()) >= 1 and
                        (spk["name"].split()[0].lower() in self.lex["titles"] or not spk["name"][0].isupper())):
                    lead = len(chunk[s:seg_e]) - len(chunk[s:seg_e].lstrip())
                    ns = pos + s + lead
                    return {"name": segtxt, "role": text[np_start:np_end].strip(" ,"), "start": ns, "end": ns + len(segtxt)}
                if not is_roleish and role is None and toks[0].lower() in self.lex["titles"] and len(toks) >= 2:
                    spk["role"] = segtxt  # "kata Muhammad Suhail, Kepala PDMA Khyber Pakhtunkhwa, kepada ..."
                    break
                if len(toks) == 1:  # "Badan Meteorologi, Klimatologi, dan Geofisika"
                    spk = {"name": text[spk["start"]:pos + seg_e].strip(" ,"), "role": role, "start": spk["start"],
                           "end": pos + seg_e}
                    continue
                break
            if toks[0] == "dan" and len(toks) > 1 and toks[1][0].isupper():
                spk = {"name": text[spk["start"]:pos + seg_e].strip(" ,"), "role": role, "start": spk["start"],
                       "end": pos + seg_e}
                continue
            if toks[0][0].islower():
                if self._continues(segtxt):
                    break  # "kata Retno, harus efektif ...": the statement goes on
                spk["role"] = segtxt if not spk.get("role") else spk["role"] + ", " + segtxt
                if stop:
                    break
                continue
            break
        spk["end"] = spk["start"] + len(self.text[spk["start"]:spk["end"]].rstrip(" ,"))
        spk["name"] = self.text[spk["start"]:spk["end"]]
        return spk

    def subject_before(self, sent_start: int, cue_start: int) -> dict | None:
        """The subject of a speech verb: 'Kepala Dinas X, Rina Kartika, mengatakan' -> Rina Kartika."""
        text = self.text
        pre_start = sent_start
        # after a closing quote in the same sentence ('"...," Peskov mengatakan')
        for i in range(cue_start - 1, sent_start - 1, -1):
            if text[i] in CLOSE or (text[i] == '"' and i + 1 < len(text) and not text[i + 1].isalnum()):
                pre_start = i + 1
                break
        if text[pre_start:cue_start].strip().lower() in ("dan", "serta", "lalu", "kemudian", "sambil", "seraya"):
            # 'Zelensky memuji operasi itu sebagai "hasil yang brilian" dan mengatakan ...': the
            # quotation was the first predicate's object, the subject is the sentence's
            pre_start = sent_start
        pre = text[pre_start:cue_start]
        m = _CONNECTOR.match(pre)
        if m:
            pre_start += m.end()
            pre = text[pre_start:cue_start]
        main_subject = bool(re.search(r"\b(?:dengan|sambil|seraya|sembari|dan)\s*$", pre))
        segs, depth, last = [], 0, 0
        for i, ch in enumerate(pre):
            depth += ch == "("
            depth -= ch == ")"
            if ch == "," and depth == 0 and not (0 < i < len(pre) - 1 and pre[i - 1].isdigit() and pre[i + 1].isdigit()):
                segs.append((last, i))
                last = i + 1
        segs.append((last, len(pre)))
        kept = []
        for s, e in segs:
            cm = _CLAUSE_LINK.match(pre, s, e)  # ", tetapi para mediator mengatakan": the link is no subject
            if cm:
                s = cm.end()
                kept = []  # (nor is the clause before it: "Trump mengucapkan selamat ..., sementara Kemlu China")
            seg = pre[s:e]
            st = seg.strip()
            if not st or st.startswith(("yang ", "(", "selaku ", "sebagai ")) or _AGE.fullmatch(st) or \
                    st.split()[0].lower() in _LEADING_PREPS or _TIME_LEAD.fullmatch(st):
                # a relative or an appositive ("X, selaku ketua ASEAN, mengatakan", "Andi Fajar, 23 tahun,
                # membantah") or a fronted adverbial ("Di Pasar Terong, sejumlah pedagang mengaku"),
                # not the subject
                continue
            stripped = _without_adverb_tail(st)
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            kept.append((pre_start + s + lead, pre_start + s + lead + len(stripped)))
        if not kept:
            return None
        # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": one name with commas
        if len(kept) >= 2 and re.match(r"^dan\s+[A-Z]", text[kept[-1][0]:kept[-1][1]]):
            k = len(kept) - 1
            while k > 0 and all(_is_cap(t) for t in text[kept[k - 1][0]:kept[k - 1][1]].split()) \
                    and len(text[kept[k - 1][0]:kept[k - 1][1]].split()) <= 3:
                k -= 1
            kept[k:] = [(kept[k][0], kept[-1][1])]
        elif len(kept) >= 2 and self._place_list(text[kept[-1][0]:kept[-1][1]], kept[-1][0]):
            # "Brasil, Kolombia dan Meksiko mendesak": the places listed before speak too
            k = len(kept) - 1
            while k > 0 and kept[k - 1] in self.places:
                k -= 1
            kept[k:] = [(kept[k][0], kept[-1][1])]
        first_txt = text[kept[0][0]:kept[0][1]]
        if len(kept) >= 2 and not main_subject and text[kept[1][0]:kept[1][1]][:1].islower() and (
                (all(_is_cap(t) for t in first_txt.split()) and len(first_txt.split()) <= 4 and
                 first_txt.split()[0].lower() not in self.lex["titles"] and not is_common_word(first_txt.split()[0]))
                or (_NAME_AND_ACRONYM.fullmatch(first_txt) and
                    any(lab == "ORG" and ps == kept[0][0] and pe <= kept[0][1] for ps, pe, lab in self.per_ents))):
            # "Nurlina, warga Kelurahan X, Palu, yang ..., mengaku": the name comes first; so does a
            # body ("PT Indonesia Tsingshan Stainless Steel (ITSS), pengelola smelter itu, menyatakan")
            role = text[kept[1][0]:kept[-1][1]].strip(" ,")
            return {"name": first_txt, "role": role, "start": kept[0][0], "end": kept[0][1]}
        # "Dinas Kesehatan Kabupaten Sleman, Daerah Istimewa Yogyakarta, mencatat": a geocoded place
        # after the subject says where it is, it is not the speaker
        while len(kept) >= 2 and kept[-1] in self.places:
            kept.pop()
        if main_subject:
            kept = kept[:1]
        s, e = kept[-1]
        sub = list(_SUBORDINATOR.finditer(text, s, e))
        if sub and sub[-1].end() < e and "yang" not in text[s:sub[-1].start()].lower().split():
            # "... ditangkap setelah Dewan Pemilihan Nasional (CNE) menyatakan" (but in "Pernyataan
            # bersama yang dirilis setelah pertemuan itu menyebut" the time is the relative clause's)
            s = sub[-1].end()
        np = text[s:e]
        toks = np.split()
        # a clause, not a noun phrase: keep its leading noun phrase ("Turki sudah menampung ...")
        n = 0
        for tm in re.finditer(r"\S+", np):
            t = tm.group(0)
            tl = t.lower().strip(",")
            if n > 0 and tl in ("itu", "ini", "tersebut") or (n == 1 and t == "bersama" and (
                    n + 1 >= len(toks) or not toks[n + 1][:1].isupper())):
                n += 1  # (a joint statement: "Pernyataan bersama yang dirilis ...", not "bersama Presiden X")
                continue
            if n > 0 and (tl in _FUNCTION or (_VERBLIKE.match(tl) and tl not in self.lex["titles"] and not t[0].isupper()
                                              and tl not in _ADJECTIVAL
                                              and not self._noun_at(s + tm.start()))):
                break
            n += 1
        body_end = next((pe for ps, pe, lab in self.per_ents if lab == "ORG" and ps == s and pe <= e), None)
        if body_end is not None and n < len(text[s:body_end].split()):
            # "Organisasi Internasional untuk Migrasi (IOM) mencatat": the body's name runs past its
            # "untuk"
            n = len(text[s:body_end].split())
            n += n < len(toks) and bool(_PAREN_ACRONYM.fullmatch(toks[n]))
        elif 0 < n < len(toks) - 2 and toks[n] == "untuk" and _PAREN_ACRONYM.fullmatch(toks[-1]) and \
                _is_org_word(toks[0]) and all(_is_cap(t) or t in ("dan", "&") for t in toks[n + 1:-1]):
            n = len(toks)  # "Kantor PBB untuk Koordinasi Urusan Kemanusiaan (OCHA)": one body, by its acronym
        named = next((ps for ps, pe, lab in self.per_ents if lab in ("PER", "PERSON") and s <= ps and pe == e), None)
        if n < len(toks) and named is not None and not any(
                w == "yang" or (_VERBLIKE.match(w) and w not in self.lex["titles"]) for w in text[s:named].split()):
            # "Komisaris Tinggi PBB untuk Hak Asasi Manusia Volker Turk": the office runs to the name
            # (but in "Tentara Sudan yang dipimpin Jenderal X" the name is in a relative clause)
            n = len(toks)
        if main_subject or n < len(toks):
            # "Warga setempat sempat (menolak ...)": the clause's adverb is no part of the subject
            keep = _without_adverb_tail(" ".join(toks[:n]), keep_some=True)
            e = s + len(keep)
            np = keep
        long_name = all(_is_cap(t) or t.lower() in self.lex["titles"] or t in ("dan", "&") for t in np.split())
        if len(np.split()) > (16 if long_name else 10):
            m = re.search(r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*$", text[pre_start:cue_start].rstrip(" ,"))
            if not m:
                return None
            s = pre_start + m.start(1)
            e = pre_start + m.end(1)
        spk = self.speaker_from_np(s, e)
        if spk and "pronoun" not in spk and len(kept) >= 2 and not main_subject:
            ps, pe = kept[-2]
            prev = text[ps:pe]
            name_like = all(_is_cap(t) for t in np.split()) and len(np.split()) <= 4
            # (a word for someone quoted without a title is a role too: "Kuasa hukum terdakwa, Hotman")
            prev_roleish = prev.split()[0].lower() in self.lex["role_heads"] or \
                prev.split()[0].lower() in ("salah", "seorang", "para", "sang") or prev[0].islower()
            if name_like and spk.get("role") is None and prev_roleish:
                spk["role"] = prev.strip()
            elif spk.get("role") and prev.split()[0].lower() in self.lex["titles"] and \
                    all(_is_cap(t) for t in prev.split()) and _is_cap(spk["role"].split()[0]) and \
                    spk["role"].split()[0].lower() not in self.lex["titles"]:
                # an office whose name has a comma: "Kepala Pusat Data, Informasi dan Komunikasi
                # Kebencanaan BNPB Raditya Jati"
                spk["role"] = text[ps:s].strip() + " " + spk["role"]
            elif np[0].islower() or np.split()[0].lower() in self.lex["titles"]:
                titled = any(lab in ("PER", "PERSON") and spk["start"] == ps2 and pe2 <= e
                             for ps2, pe2, lab in self.per_ents)
                if all(_is_cap(t) for t in prev.split()) and len(prev.split()) <= 4 and not titled:
                    # (but in "Putri Duterte, Wakil Presiden Sara Duterte, menyebut" the title comes
                    # with a name the NER found: the speaker is hers)
                    spk = {"name": prev, "role": np, "start": ps, "end": pe}
                elif np[0].islower() and any(lab in ("PER", "PERSON") and pe2 == pe
                                             for _, pe2, lab in self.per_ents):
                    # "Kepala delegasi Rusia Vladimir Medinsky, penasihat Presiden Vladimir Putin,
                    # mengatakan": the appositive names whom the speaker serves, not the speaker
                    before = self.speaker_from_np(ps, pe)
                    if before and "pronoun" not in before:
                        spk = dict(before, role=before.get("role") or np)
        return spk

    # ---------------------------------------------------------------- direct quotes
    def direct_spans(self) -> list[tuple[int, int, int, int, bool]]:
        """(open_mark, content_start, content_end, close_mark_end, closed) of top-level quotes."""
        text = self.text
        out = []
        for para in re.finditer(r"[^\n]+", text):
            ps, pe = para.span()
            stack: list[tuple[str, int]] = []
            for i in range(ps, pe):
                ch = text[i]
                prev = text[i - 1] if i > ps else " "
                nxt = text[i + 1] if i + 1 < pe else " "
                if ch in "“«":
                    stack.append((ch, i))
                elif ch == "‘" and stack:
                    stack.append((ch, i))
                elif ch in "”»":
                    while stack and stack[-1][0] == "‘":
                        stack.pop()
                    if stack:
                        _, o = stack.pop()
                        if not stack:
                            out.append((o, o + 1, i, i + 1, True))
                elif ch == "’" and stack and stack[-1][0] == "‘":
                    stack.pop()
                elif ch == '"':
                    opening = (prev.isspace() or prev in "([—–-:“‘") and not nxt.isspace()
                    closing = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)”’" or i + 1 >= pe)
                    if opening and not closing:
                        stack.append(('"', i))
                    elif closing and stack:
                        _, o = stack.pop()
                        if not stack:
                            out.append((o, o + 1, i, i + 1, True))
            if stack:
                o = stack[0][1]
                out.append((o, o + 1, pe, pe, False))
        out.sort()
        res = []
        for o, cs, ce, e, closed in out:
            # trim whitespace and a trailing comma from the quoted content
            while cs < ce and text[cs].isspace():
                cs += 1
            while ce > cs and (text[ce - 1].isspace() or text[ce - 1] == ","):
                ce -= 1
            if ce > cs:
                res.append((o, cs, ce, e, closed))
        return res

    def attribute_direct(self, o: int, close_end: int, closed: bool) -> tuple[dict | None, str | None]:
        text = self.text
        lex = self.lex
        if closed:
            line_end = text.find("\n", close_end)
            line_end = len(text) if line_end < 0 else line_end
            post = text[close_end:line_end]
            m = lex["inv_after"].match(post)
            if m:
                cue = m.group("cue")
                if cue.lower().endswith("nya") and cue.lower() != "nya":
                    return {"pronoun": "nya", "start": close_end + m.start("cue"), "end": close_end + m.end("cue")}, cue
                return self.forward_speaker(close_end + m.end(), line_end), cue
            m = lex["np_verb_after"].match(post)
            if m:
                return self.speaker_from_np(close_end + m.start("np"), close_end + m.end("np")), m.group("cue")
        ss, _ = self.sent_of(o)
        line_start = text.rfind("\n", 0, o) + 1
        ss = max(ss, line_start) if ss > o else ss
        pre = text[ss:o]
        m = lex["passive"].search(pre)
        if m:
            return self.speaker_from_np(ss + m.start("agent"), ss + m.end("agent")), m.group("cue")
        m = re.search(r"\b[Mm]enurut\s+(?P<np>[^,]+),\s*$", pre)
        if not m and self._scare_quoted(o, self.sent_of(o)[1]):
            # 'Menurut KPK, gubernur diduga meminta "jatah" sebesar ...': a word set off in what the
            # source says
            m = re.match(r"(?:\s*(?:[A-Z]\w*\s+){0,2}\w*,)?\s*[Mm]enurut\s+(?P<np>[^,\"“]+),", pre)
        if m:
            return self._voiced(self.speaker_from_np(ss + m.start("np"), ss + m.end("np"))), "menurut"
        cues = [c for c in lex["verb"].finditer(pre) if not self._in_quote(ss + c.start())]
        if cues:
            c = cues[-1]
            return self.subject_before(ss, ss + c.start()), c.group("cue")
        return None, None

    def _opens_sentence(self, pos: int) -> bool:
        """Nothing but quotation marks and dashes before ``pos`` in its sentence and line."""
        start = max(self.sent_of(pos)[0], self.text.rfind("\n", 0, pos) + 1)
        return not re.search(r"[^\s\"“”‘’«»'—–-]", self.text[start:pos])

    def _in_quote(self, pos: int) -> bool:
        return any(o <= pos < e for o, _, _, e, _ in self._spans)

    # ---------------------------------------------------------------- indirect speech
    def indirect(self) -> list[dict]:
        text, lex = self.text, self.lex
        out = []
        for ss, se in self.sents:
            if any(o <= ss and se <= e for o, _, _, e, _ in self._spans):
                continue
            body_end = se
            while body_end > ss and text[body_end - 1] in ".!?…":
                body_end -= 1
            sent = text[ss:body_end]
            # "CONTENT, kata X" / "CONTENT, katanya" / "CONTENT, menurut X"
            for m in list(lex["inv_trailing"].finditer(sent)) + list(re.finditer(r",\s*(?P<cue>menurut)\s+", sent)):
                cpos = ss + m.start()
                if self._in_quote(cpos) or (cpos > 0 and text[cpos - 1] in CLOSE + '"'):
                    continue
                cue = m.group("cue")
                cstart = ss
                cm = _CONNECTOR.match(sent)
                if cm:
                    cstart += cm.end()
                if any(cstart <= o < cpos for o, _, _, _, _ in self._spans):
                    continue
                if cue.lower().endswith("nya") and cue.lower() not in ("nya",):
                    spk = {"pronoun": "nya", "start": ss + m.start("cue"), "end": ss + m.end("cue")}
                else:
                    spk = self.forward_speaker(ss + m.end("cue"), body_end)
                    if cue.lower() == "menurut":
                        spk = self._voiced(spk)
                # a medial cue ("Indonesia, kata dia, siap mengirimkan ...", "Warga, kata Bergas, diminta
                # ..."): the statement goes on after it, so the content is the whole sentence, the cue
                # inside it
                mm = _MEDIAL_REST.match(text[spk["end"]:body_end]) if spk else None
                rest = mm.group("rest") if mm else ""
                if rest and not _SETTING.match(rest) and ("pronoun" in spk or self._continues(rest)) and \
                        len(rest.split()) >= 3 and cpos > cstart:
                    out.append(self._q(cstart, self._content_end(body_end - len(rest), body_end), spk, cue, False))
                elif spk and cpos - cstart > 8:
                    out.append(self._q(cstart, cpos, spk, cue, False))
                break
            # "menurut X, CONTENT"
            said_from = body_end  # where the "menurut" statement starts: no speech verb inside it
            m = re.search(r"(?:^|,\s*)(?P<cue>[Mm]enurut)\s+", sent)
            if m and not self._in_quote(ss + m.start("cue")):
                rest_start = ss + m.end()
                comma = text.find(",", rest_start, body_end)
                if comma > 0:
                    # a named source's relative clause is no part of its name: "Menurut Observatorium
                    # Suriah untuk Hak Asasi Manusia yang berbasis di Inggris, ..."
                    ym = re.search(r"\s+yang\s", text[rest_start:comma])
                    np_end = rest_start + ym.start() if ym and text[rest_start].isupper() else comma
                    spk = self._voiced(self.speaker_from_np(rest_start, np_end))
                    cstart = comma + 1
                    # "Menurut Kepala Basarnas Surabaya, Hendra Wijaya, korban ..."
                    nxt = text.find(",", cstart, body_end)
                    if spk and "pronoun" not in spk and nxt > 0:
                        cand = text[cstart:nxt].strip()
                        np_txt = text[rest_start:np_end]
                        if cand and all(_is_cap(t) for t in cand.split()) and len(cand.split()) <= 4 and \
                                (spk.get("role") is None and np_txt.split()[0].lower() in lex["titles"] or spk.get("role")):
                            ns = cstart + (len(text[cstart:nxt]) - len(text[cstart:nxt].lstrip()))
                            spk = {"name": cand, "role": np_txt.strip(), "start": ns, "end": ns + len(cand)}
                            cstart = nxt + 1
                    while cstart < body_end and text[cstart].isspace():
                        cstart += 1
                    cend = self._content_end(cstart, body_end)
                    inner = [o for o, _, _, _, _ in self._spans if cstart <= o < cend]
                    if spk and cend - cstart > 8 and (not inner or self._scare_quoted(min(inner), cend)):
                        # (a word set off inside it, 'meminta "jatah" sebesar 5 persen', stays in)
                        out.append(self._q(cstart, cend, spk, "menurut", False))
                        said_from = cstart
                    elif spk and cend - cstart > 8:
                        oq = min(inner)
                        if oq - cstart > 8:
                            out.append(self._q(cstart, self._rstrip(cstart, oq), spk, "menurut", False))
                            said_from = cstart
            # "X mengatakan (bahwa) CONTENT"
            for c in lex["verb"].finditer(sent):
                cpos = ss + c.start()
                if self._in_quote(cpos):
                    continue
                if cpos >= said_from:
                    break  # "Menurut KPK, gubernur diduga meminta ...": the source's words, not a speaker's
                before = text[ss:cpos].rstrip()
                # (also a relative clause with its adverb: "jaksa yang sebelumnya meminta ...")
                if (_NOT_YET.search(before) or re.search(r"\byang\s+(?:\w+nya|telah|sudah|juga|sempat|pernah|"
                                                         r"kemudian|lalu)$", before)) \
                        and not re.search(r"\b(?:dengan|sambil)\s*$", before):
                    break
                if re.search(r"\bdemikian\s+\S+(?:\s+\S+)?\s*$", before):
                    break
                if re.search(r"\b(?:menolak|enggan|tidak|tak|belum)\s*$", before):
                    break  # "Myanmar menolak mengakui ...", "polisi tidak menjelaskan ...": nothing was said
                if c.group("cue").lower() == "menunjukkan" and re.search(r"\b(?:sambil|seraya|sembari)\s*$", before):
                    break  # "kata Maria sambil menunjukkan rumahnya": a gesture, not words
                cstart = ss + c.end()
                after = text[cstart:body_end]
                if c.group("cue").lower() == "mengakui" and re.match(r"\s*(?:[\w-]+\s+){1,5}sebagai\b", after) \
                        and not re.match(r"\s*bahwa\b", after):
                    break  # "mengakui Rohingya sebagai warga negara": to recognise, not to admit
                spk = self.subject_before(ss, cpos)
                if not spk:
                    break
                bm = re.match(r"^(?:(?!\s*[\"“]).){0,80}?\bbahwa\s+", after)
                if bm and not re.search(r"[\"“]", bm.group(0)):
                    cstart += bm.end()
                elif c.group("cue").lower() in _OBJECT_CUES:
                    # "mengecam keras serangan itu": what was condemned, not what was said (which
                    # may follow: "memuji operasi itu ... dan mengatakan ...")
                    continue
                elif (c.group("cue").lower() == "menyampaikan" and _CONVEYED.match(after)) or \
                        (c.group("cue").lower() == "meminta" and re.match(r"\s*maaf\b", after)) or \
                        (c.group("cue").lower() == "mengakui" and
                         re.match(r"\s*(?:kekalahan|kemenangan|kesalahan)", after)):
                    break  # "menyampaikan duka", "meminta maaf kepada masyarakat", "mengakui kekalahan":
                    # condolences, an apology, a concession, not what was said
                else:
                    sk = re.match(r"^\s*(?:,\s*)?(?:(?:pada\s+)?(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)(?:\s*\([\d/]+\))?|kemarin|pekan\s+lalu|kepada\s+(?:wartawan|media|pers)|dalam\s+(?:sebuah\s+)?(?:pernyataan|keterangan)(?:\s+tertulis)?|,)\s*(?:,\s*)?", after)
                    if sk:
                        cstart += sk.end()
                while cstart < body_end and text[cstart] in " ,:":
                    cstart += 1
                if cstart < len(text) and (text[cstart] in OPEN or text[cstart] == '"'):
                    break  # 'X mengatakan, "..."' is a direct quote
                content_end = cend = self._content_end(cstart, body_end)
                dm = _DEMONSTRATED_OBJECT.match(text, cstart, cend)
                if dm:  # "mengumumkan kesepakatan itu dalam konferensi pers di Doha": the thing announced
                    content_end = cend = dm.end("np")
                qs = [o for o, _, _, _, _ in self._spans if cstart <= o < cend]
                if qs and len(text[cstart:min(qs)].split()) <= 3 and not self._scare_quoted(min(qs), cend):
                    break  # 'menyebut proyek itu "..."': the quotation is the statement
                if qs:
                    cend = self._rstrip(cstart, min(qs))
                    # a quoted phrase inside the content ('dengan "semua aktor"'), or one that
                    # completes it ('akan melakukan "pengembangan bersama di wilayah ..."'), stays
                    # in; a short quotation after the content's full stop is the next sentence,
                    # said directly
                    closing = self._rstrip(cstart, content_end)
                    if any(cstart <= o and e <= content_end and (len(text[o:e].split()) <= 6 or (
                               e >= closing and not re.search(r"[,:]\s*$", text[cstart:o])))
                           and not re.search(r"[.!?…]\s*$", text[cstart:o]) for o, _, _, e, _ in self._spans):
                        cend = content_end
                if len(text[cstart:cend].split()) >= 2:
                    out.append(self._q(cstart, cend, spk, c.group("cue"), False))
                break
        return out

    def _scare_quoted(self, o: int, cend: int) -> bool:
        """A short quoted phrase the statement goes on after ('mengatakan ada "bukti yang sangat
        kuat" bahwa ...', 'diduga "membina" sekitar 1.000 situs'): words set off inside what was
        said, not the statement itself."""
        span = next((sp for sp in self._spans if sp[0] == o), None)
        if span is None or not span[4] or len(self.text[span[1]:span[2]].split()) > 4:
            return False
        return len(re.findall(r"\w+", self.text[span[3]:cend])) >= 2

    def _rstrip(self, s: int, e: int) -> int:
        while e > s and (self.text[e - 1] in " ,;:—–-.!?…" or self.text[e - 1].isspace()):
            e -= 1
        # a dangling relative clause head ("sesuatu yang digambarkan X sebagai")
        # (a decimal comma, "naik 5,3 persen", is no clause break)
        m = re.search(r",[^,]*\byang\b[^,]*$", re.sub(r"(?<=\d),(?=\d)", ".", self.text[s:e]))
        if m:
            e = s + m.start()
        return e

    def _content_end(self, s: int, e: int) -> int:
        seg = self.text[s:e]
        m = self.lex["content_end"].search(seg)
        if m:
            e = s + m.start()
        return self._rstrip(s, e) if e > s else e

    @cached_property
    def titled_names(self) -> list[tuple[int, dict]]:
        """Full names the NER found after a title anywhere in the narrative ("bertemu Kanselir
        Jerman Olaf Scholz"), so that a later "Scholz mengatakan" is that person in that role.
        Found on first need: most articles name every speaker in full where they quote them."""
        out = []
        for s, e in self._full_names():
            ss = self.sent_of(s)[0]
            start = s
            for m in reversed(list(re.finditer(r"\S+", self.text[ss:s]))):
                w = m.group(0)
                if w.endswith((",", ".", ")")) or not (_is_cap(w) or w.lower() in self.lex["titles"]):
                    break
                start = ss + m.start()
            spk = self.speaker_from_np(start, e)
            if spk and spk.get("name") == self.text[s:e] and spk.get("role") and \
                    spk["role"].split()[0].lower() in self.lex["titles"]:
                out.append((s, spk))
        return out

    @cached_property
    def plain_names(self) -> list[tuple[int, dict]]:
        """Full names the NER found in the narrative without a title ("Majelis hakim yang diketuai
        Teguh Harianto"), the last resort for a later "kata Teguh"."""
        # (not an election pair the tokenizer keeps joined: "Pramono Anung-Rano Karno")
        return [(s, {"name": self.text[s:e], "role": None, "start": s, "end": e}) for s, e in self._full_names()
                if not any(re.fullmatch(r"[A-Z]\w+-[A-Z]\w+", w) for w in self.text[s:e].split()[:-1])]

    def _full_names(self):
        """(start, end) of the NER's names of two words or more in the narrative."""
        return ((s, e) for s, e, lab in self.per_ents
                if lab != "ORG" and len(self.text[s:e].split()) >= 2 and not self._in_quote(s))

    def _named_before(self, salient: list[tuple[int, dict]]):
        """(position, speaker) of the named speakers, latest first, then of the titled names in
        the narrative, then of any full name there."""
        yield from reversed(salient)
        yield from reversed(self.titled_names)
        yield from reversed(self.plain_names)

    @staticmethod
    def _q(s: int, e: int, spk: dict, cue: str | None, direct: bool) -> dict:
        return {"_s": s, "_e": e, "_spk": spk, "cue": cue, "direct": direct}

    # ---------------------------------------------------------------- main
    def run(self) -> list[dict]:
        text = self.text
        self._spans = self.direct_spans()
        raw = []
        for o, cs, ce, e, closed in self._spans:
            spk, cue = self.attribute_direct(o, e, closed)
            raw.append({"_s": cs, "_e": ce, "_spk": spk, "cue": cue, "direct": True, "_closed": closed})
        raw.extend(self.indirect())
        raw.sort(key=lambda q: q["_s"])
        # salient mentions: named speakers and sentence-initial name subjects, in text order
        salient = []
        for ss, se in self.sents:
            if self._in_quote(ss):
                continue  # a sentence inside a quotation is not narrative
            sent = text[ss:se]
            m = _CONNECTOR.match(sent)
            off = ss + (m.end() if m else 0)
            toks = []
            for t in re.finditer(r"\S+", text[off:se]):
                w = t.group(0).rstrip(",.")
                if _is_cap(w) or w.lower() in self.lex["titles"]:
                    toks.append((off + t.start(), off + t.start() + len(w)))
                    if t.group(0).endswith((",", ".")):
                        break
                else:
                    break
            if toks:
                spk = self.speaker_from_np(toks[0][0], toks[-1][1])
                if spk and "name" in spk:
                    nm = spk["name"]
                    if len(nm.split()) >= 2 and not is_common_word(nm.split()[0]) or len(nm.split()) == 1 and not is_common_word(nm) \
                            and nm.lower() not in PRONOUNS and not re.match(_DAYLIKE, nm):
                        salient.append((spk["start"], spk))
        for q in raw:
            spk = q["_spk"]
            if spk and "name" in spk:
                salient.append((spk["start"], spk))
        salient.sort(key=lambda x: x[0])
        out = []
        prev = None
        for q in raw:
            spk = q["_spk"]
            if spk and "pronoun" in spk:
                # (said before the statement: "Indonesia, kata dia, ..." is not Indonesia speaking)
                ante = [s for p, s in salient if p < min(spk["start"], q["_s"]) and "name" in s]
                spk = ante[-1] if ante else None
            if spk and "name" in spk and len(spk["name"].split()) <= 2 and "full" not in spk \
                    and not spk["name"].isupper():  # ("menurut PBB" is the UN, not its coordinator)
                # "Kalin" -> the earlier full mention "Ibrahim Kalin", "Budi Arie" -> "Budi Arie
                # Setiadi"; failing a salient one, a titled name in the narrative ("bertemu Kanselir
                # Jerman Olaf Scholz")
                short = spk["name"].split()
                for p, s in self._named_before(salient):
                    # any word or run of it: "Nyoman" -> "I Nyoman Sidakarya" (Balinese order names
                    # come second)
                    words = s["name"].split()
                    if p < spk["start"] and len(short) < len(words) <= 4 and _run_in(short, words) \
                            and all(_is_cap(t) for t in words):
                        spk = dict(spk, full=s["name"], role=spk.get("role") or s.get("role"))
                        break
            if spk and "name" in spk and not spk.get("role"):
                # "ujar Nurfitriani" after "Ketua Bawaslu Gowa Nurfitriani": the role given earlier
                role = next((s["role"] for p, s in self._named_before(salient)
                             if p < spk["start"] and s.get("role") and s["name"] == spk.get("full", spk["name"])), None)
                if role:
                    spk = dict(spk, role=role)
            if spk is None and q["direct"] and prev is not None and self._opens_sentence(q["_s"]):
                # a quote paragraph without a cue continues the previous speaker (not a phrase set
                # off in the narrative: 'ruko yang dijadikan "kantor satelit" oleh para tersangka')
                gap = text[prev["end"]:q["_s"]]
                if gap.count("\n") <= 3 and len(gap) < 400:
                    spk = prev["_spk_resolved"]
            if spk is None and q["direct"]:
                # or the speaker of the next quote when this one runs on into it
                nxt = [r for r in raw if r["_s"] > q["_s"] and r["direct"] and r["_spk"]]
                if nxt and not q.get("_closed", True):
                    cand = nxt[0]["_spk"]
                    if "pronoun" not in cand:
                        spk = cand
            if spk is None:
                if not q["direct"] or len(text[q["_s"]:q["_e"]].split()) <= 3:
                    continue
            name = None
            if spk:
                name = spk.get("full") or spk.get("name")
            fact = {"text": text[q["_s"]:q["_e"]], "start": q["_s"], "end": q["_e"], "speaker": name,
                    "speaker_entity_id": None,
                    "speaker_start": spk["start"] if spk else None, "speaker_end": spk["end"] if spk else None,
                    "speaker_role": (spk.get("role") if spk else None), "cue": q["cue"], "direct": q["direct"],
                    "_spk_resolved": spk}
            out.append(fact)
            prev = fact
        for f in out:
            del f["_spk_resolved"]
        # a phrase the speaker is quoted with inside their own reported speech ('Beijing menyatakan
        # perairan itu "wilayah penangkapan ikan tradisional" China') is part of that quote
        return [f for f in out if not any(g is not f and g["speaker"] == f["speaker"] and g["start"] <= f["start"]
                                          and f["end"] <= g["end"] and g["end"] - g["start"] > f["end"] - f["start"]
                                          for g in out)]


def find_quotes(doc: Doc) -> list[dict]:
    return _Finder(doc).run()


@Language.factory("pantau_quotes")
def make_quotes(nlp: Language, name: str):
    return QuotesComponent()


class QuotesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc)
        return doc


if "pantau_quotes" not in EXTRACTORS:
    EXTRACTORS.append("pantau_quotes")
