"""Canonical entities within an article, and actor codes for events.

``pantau_entities`` (after ``pantau_geo``):

* repairs the NER's entities with the gazetteer and lexicons where they are plainly wrong
  (a country typed PER → GPE; "Turki Tayyip Erdogan" → GPE "Turki" + PER "Tayyip Erdogan";
  a title or a lower-case head word inside a PER span is cut off, and so is the office's region
  or body: "Bupati Sigi Hasan Masyhur" → GPE "Sigi" + PER "Hasan Masyhur"; acronyms the article
  spells out in lower case, "demam berdarah dengue (DBD)", are not entities; a cabinet post or a
  prefixed title is not part of the name, "Menteri Agama Nasaruddin Umar", "Wakil Menteri Luar
  Negeri Kerem Aydin"; "Rudy Mas'ud" is one person); on a pipeline without NER it
  finds entities itself from capitalised token runs, the gazetteer and the actor lexicon;
* sets ``span._.canonical`` on every entity: within an article the longest name that contains a
  shorter one ("Erdogan" → "Tayyip Erdogan", "Assad" → "Bashar al-Assad"), and role phrases
  ("Presiden Turki", "Pemimpin Turki") → the person the article gives that role;
* collects actor mentions for events (``doc._.pantau_actors``): people, countries, seats of
  power as their governments (metonymy: "Ankara" → TURGOV, "Kremlin" → RUSGOV; the place stays a
  place in ``doc._.places``), agent phrases ("pasukan pemerintah Suriah" → SYRMIL), organisations
  and pronouns, each with a CAMEO-style code (ISO 3166-1 alpha-3 country + agent type).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pantau.extract import doc_text
from pantau.extract._lex import number_words
from pantau.extract.dates import DAYS, MONTHS
from pantau.link.gazetteer import gazetteer
from pantau.link.geo import (ADMIN1_WORDS, COMPASS_WORDS, LOCAL_WORDS, NAMED_THINGS, PREPS, TYPE_WORDS, UNIT_WORDS,
                             cap_runs, english_org_end, is_cap)
from pantau.link.lexicon import actor_lexicon, is_common_word, iso3, norm, word_stats
from pantau.nlp.name_features import is_name_word, is_region
from pantau.nlp.pipeline import NAME_ABBREVIATIONS, abbreviations
from pantau.nlp.places import FEATURE_WORDS, curated_place

if not Span.has_extension("canonical"):
    Span.set_extension("canonical", default=None)
if not Span.has_extension("actor_code"):
    Span.set_extension("actor_code", default=None)
for _n in ("pantau_actors", "pantau_place_spans", "dateline_place"):
    if not Doc.has_extension(_n):
        Doc.set_extension(_n, default=None)

PERSON_LABELS = {"PER", "PERSON", "PPL"}
ORG_WORDS = {"perserikatan", "persatuan", "organisasi", "aliansi", "front", "partai", "kementerian", "badan",
             "komisi", "dewan", "bank", "universitas", "pt", "kantor", "lembaga", "majelis", "mahkamah",
             "pengadilan", "kepolisian", "asosiasi", "ikatan", "yayasan", "kelompok", "gerakan", "uni", "liga",
             "institut", "rumah", "sekolah", "fakultas", "perusahaan", "koalisi", "forum", "federasi",
             "serikat", "pusat", "direktorat", "dinas", "polda", "polres", "kodam", "korem", "pemkab",
             "pemkot", "pemprov", "kpu", "dprd", "rsud", "komando", "harian", "tv", "radio", "news", "agency",
             "reuters", "antara", "afp", "ap", "bernama", "xinhua", "tass", "sputnik", "anadolu", "observatorium",
             "biro", "komite", "departemen", "pemerintah", "group", "grup", "holding", "holdings", "corporation",
             "corp", "inc", "tbk", "sekuritas", "asuransi"}
# Stateless peoples in the news, whom the NER takes for persons (nationalities it gets right).
_PEOPLES = {"rohingya", "uighur", "uyghur", "uigur", "kurdi", "yazidi", "druze", "hazara", "pashtun"}
HEAD_TITLES = {"presiden", "pemimpin", "raja", "kanselir", "emir", "sultan", "ratu"}
# lower-case words inside a name: "Laurence des Cars", "Ursula von der Leyen"
NAME_PARTICLES = {"de", "des", "du", "da", "van", "von", "der", "den", "la", "le", "bin", "binti"}
NAME_PREFIX = re.compile(r"^(al|el|ad|as|ar|an|asy|at|az|ash)-", re.I)


@dataclass
class Actor:
    start: int  # token indices
    end: int
    code: str  # CAMEO-style: ISO3 + agent type, an org code, or "" for pronouns
    text: str
    kind: str  # person | country | seat | agent | org | role | pronoun
    canonical: str | None = None


# A seat of power after these is where something happens, not the government ("di Kuala Lumpur");
# an agent word never reaches its country across a preposition ("bantuan militer ke Ukraina").
LOCATIVE_PREPS = {"di", "dekat", "sekitar"}
# "di depan gedung DPRD", "di kantor BNPB": a body's building after a locative is where it happened
BUILDING_WORDS = {"gedung", "kantor", "markas", "kompleks", "halaman", "depan", "luar"}
PREPOSITIONS = LOCATIVE_PREPS | {"ke", "dari", "untuk", "bagi", "dengan", "terhadap", "kepada", "oleh", "atas",
                                 "pada", "menuju", "antara"}
# Agents that, without a country of their own, belong to the country the article is set in
# (police, courts, legislature: local institutions).
LOCAL_AGENTS = {"COP", "JUD", "LEG"}
# Lower-case words that head a place's name in the NER's span ("kawasan Patung Kuda"): cutting them
# leaves a place, where cutting "kantor" in "kantor Erdogan" leaves a person.
PLACE_HEADS = {"kawasan", "wilayah", "daerah", "kompleks", "area", "pesisir", "perairan", "lokasi", "komplek"}


# Words that make any title another one: "Wakil Menteri Luar Negeri", "Plt Bupati", "Pj Gubernur".
TITLE_PREFIXES = {"wakil", "plt", "plt.", "pj", "pj.", "pjs", "pjs."}
# TNI corps written after an officer's rank ("Letkol Inf", "Kolonel Laut", "Marsma TNI"): part of
# the rank, not of the name.
CORPS = {"inf", "kav", "arm", "arh", "czi", "chb", "cpm", "ckm", "cku", "cba", "caj", "chk", "cpn", "pnb",
         "nav", "tek", "adm", "sus", "mar", "pas", "kes", "laut", "udara", "tni", "infanteri", "kavaleri",
         "artileri", "zeni", "penerbang", "pelaut", "marinir"}


# A game's score the NER ran a player's name on into: "Anders Antonsen 21-18"
_SCORE = re.compile(r"\d{1,3}(?:[-–]\d{1,3})+")
# Given names spelled like Indonesian function words, which the NER leaves off a name ("Oleh
# Hryhorov", "Dan Brown"): a name where capitalised mid-sentence right before one
FUNCTION_WORD_NAMES = {"Oleh", "Dan"}
# Heads of an office that the title lexicon leaves out, because alone they say nothing of the
# agent type ("Kepala", "Direktur"): an office phrase that opens with one names the body it heads
# ("Kepala Pusat Gempabumi dan Tsunami BMKG Daryono", "Direktur Utama Perum Bulog ...").
OFFICE_HEADS = {"kepala", "direktur", "dirut", "presdir", "ceo", "dirjen", "ketua", "sekretaris", "komisaris", "deputi",
                "koordinator", "pelaksana", "plt", "plt.", "plh", "pj", "pj.", "wakil", "asisten", "staf", "anggota"}
# The rank word after an office head: "Ketua Umum", "Direktur Utama", "Ketua Harian".
HEAD_RANKS = {"umum", "utama", "harian", "eksekutif"}
# The boards of parties and associations, between an office and its body: "Ketua Umum PP PBSI",
# "Sekjen DPP PDI-P" (Pengurus Pusat/Besar, Dewan Pimpinan Pusat/Daerah/Wilayah/Cabang).
BOARDS = {"pp", "pb", "pw", "dpp", "dpd", "dpw", "dpc"}
# Lower-case words inside an office's name: "Pusat Data, Informasi dan Humas BNPB", "Komisaris Tinggi
# PBB untuk Hak Asasi Manusia", "Badan PBB urusan pengungsi".
OFFICE_LINKS = {"dan", "untuk", "urusan", "bidang", ",", "&", "tugas", "harian"}
# ... and the office's seat between its body and the name: "juru bicara UNHCR di Jakarta, Mitra ..."
SEAT_LINKS = OFFICE_LINKS | {"di"}


# A minister's portfolio between the title and the name, which the NER reads as the name's start:
# "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto", "Menteri Perencanaan Pembangunan
# Nasional Suharso Monoarfa", "... Hukum dan Keamanan Mahfud MD". Portfolios are pe-/ke- ... -an
# derived nouns (no Indonesian personal name has that shape), a few adjectives and "Bidang".
_HYPHENED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_DERIVED_NOUN = re.compile(r"^(?:pe|ke)[a-z]{4,}an$")
PORTFOLIO_WORDS = {"bidang", "urusan", "masyarakat", "pemberdayaan", "transportasi", "infrastruktur",
                   "nasional", "negara", "negeri", "dalam", "luar", "umum", "hidup", "sosial",
                   "politik", "hukum", "agama", "riset", "teknologi", "desa", "daerah", "tertinggal", "transmigrasi",
                   "aparatur", "reformasi", "birokrasi", "investasi", "pariwisata", "ekonomi", "kreatif", "pemuda",
                   "olahraga", "perempuan", "anak", "digital", "informatika", "komunikasi", "tata", "ruang",
                   "agraria", "maritim", "manusia", "budaya", "haji", "umrah", "pajak", "imigrasi", "bea", "cukai",
                   "anggaran", "migas", "minerba", "energi", "koperasi", "usaha", "mikro", "kecil", "menengah", "ukm",
                   "umkm", "pekerja", "migran", "transisi", "ekologi", "iklim", "lingkungan", "industri", "hak",
                   "asasi"}


def _portfolio_word(tok) -> bool:
    low = tok.lower_
    return is_cap(tok) and low not in ORG_WORDS and (low in PORTFOLIO_WORDS or bool(_DERIVED_NOUN.match(low)))


def _before_portfolio(doc: Doc, k: int) -> int:
    """The end of the title before a portfolio that ends at token k ("Menteri Koordinator | Bidang
    Perekonomian"), else k."""
    j = k
    while j >= 0 and k - j < 8 and not title_ending(doc, j) and \
            (_portfolio_word(doc[j]) or doc[j].lower_ in OFFICE_LINKS):
        j -= 1
    return j if j < k and j >= 0 and title_ending(doc, j) else k


_LOCAL_OFFICES = {"dinas", "badan", "biro", "sudin", "suku"}
# The alert levels of Indonesia's volcano and flood warnings, which the NER reads as names.
ALERT_LEVELS = {"normal", "waspada", "siaga", "awas"}
# Head words of the state's bodies: a capitalised run that opens with one is a body's name.
STATE_BODIES = {"kementerian", "kementrian", "kemenko", "badan", "direktorat", "kejaksaan", "kepolisian",
                "mahkamah", "pengadilan", "komisi", "lembaga", "majelis", "departemen",
                "pemerintah"}
# Bodies of the actor lexicon (Indonesia's) whose name other countries' bodies share in Indonesian.
GENERIC_BODIES = {"mahkamah konstitusi", "dewan perwakilan rakyat", "kejaksaan agung"}
_DINAS = {"dinas", "sudin"}  # the offices of a province, regency or city government, and Jakarta's


def _local_office(doc: Doc, k: int) -> bool:
    """An office of a regional government ends at token k: "Kepala Dinas Kesehatan", "Kadis
    Pendidikan", "Kepala Suku Dinas Sumber Daya Air", "Kepala Badan Kesatuan Bangsa dan Politik".
    Hand-written: the dinas/badan of a province or regency is how Indonesian local government
    names its offices; the place after it says whose."""
    j = k
    while j >= 0 and k - j < 7 and (is_cap(doc[j]) or doc[j].lower_ in OFFICE_LINKS):
        low = doc[j].lower_
        if low == "kadis" or low in _LOCAL_OFFICES and j > 0 and doc[j - 1].lower_ in OFFICE_HEADS:
            return True
        j -= 1
    return False


def _office_at(doc: Doc, k: int) -> bool:
    """A title ends at token k, or token k is an office head, perhaps with its rank word ("Ketua
    Umum", "Direktur Utama")."""
    return bool(title_ending(doc, k)) or doc[k].lower_ in OFFICE_HEADS or \
        (doc[k].lower_ in HEAD_RANKS and k > 0 and doc[k - 1].lower_ in OFFICE_HEADS)


def _office_body(doc: Doc, s: int, bodies: dict[int, tuple[int, str]]) -> str | None:
    """The code of the lexicon body named in the office phrase right before a person's name, the
    one nearest the name: "Kepala BNPB Suharyanto" (IDNGOV), "juru bicara UNHCR Indonesia Mitra
    Salima Suryono" (IGOUNOREF), "Gubernur BI Perry Warjiyo". ``bodies`` maps a body mention's end
    token to (start, code). None unless the phrase opens with a title or an office head."""
    code, k = None, s - 1
    while k >= 0 and s - k <= 12:
        if code and _office_at(doc, k):
            return code
        if code is None and title_ending(doc, k):
            return None  # the person's own title comes first: "Kepala Bakamla Laksamana Madya X" is MIL
        if k + 1 in bodies and code is None and bodies[k + 1][0] <= k:
            start, code = bodies[k + 1]
            k = start - 1
            continue
        if doc[k].text == ")" and k >= 2 and doc[k - 2].text == "(" and (doc[k - 1].text.isupper() or k in bodies):
            # the body's acronym after its spelled-out name: "Kepala Badan Penanggulangan Bencana
            # Daerah (BPBD) Sumatera Selatan Iriansyah", "Kepala Kantor Pencarian dan Pertolongan
            # (Basarnas) Tanjungpinang Slamet Riyadi"
            if code is None and k in bodies:
                code = bodies[k][1]
            k -= 3
            continue
        if not (is_cap(doc[k]) or doc[k].lower_ in SEAT_LINKS or
                code and doc[k].lower_ in actor_lexicon().get("agent", {})):
            return None  # (but "juru bicara militer Houthi X", "... pemerintah Taliban X": the body's)
        k -= 1
    return None


def _title_of(phrase: str) -> str | None:
    """The title-lexicon entry a lower-cased phrase is, with or without a prefix or a corps, or None."""
    titles = actor_lexicon().get("title", {})
    base, _, last = phrase.rpartition(" ")
    if last in CORPS and titles.get(base) == "MIL":
        phrase = base  # "Letkol Inf", "Kolonel Laut": the rank
    if phrase in titles:
        return phrase
    head, _, rest = phrase.partition(" ")
    return rest if head in TITLE_PREFIXES and rest in titles else None


def _title_key(tokens) -> str:
    """The title-lexicon key of a token run: lower case, and a rank abbreviation without its period
    ("Brigjen Pol." is "brigjen pol", as the lexicon writes it)."""
    return " ".join(t.lower_[:-1] if len(t) > 1 and t.text.endswith(".") else t.lower_ for t in tokens)


def _title_at(doc: Doc, k: int) -> tuple[int, str] | None:
    """(start, title-lexicon entry) of the longest title phrase that ends at token k, or None."""
    for i in range(max(0, k - 4), k + 1):
        title = _title_of(_title_key(doc[i:k + 1]))
        if title:
            return i, title
    return None


def title_ending(doc: Doc, k: int) -> str | None:
    """The longest title phrase from the title lexicon that ends at token k ("... Menteri Luar
    Negeri" → "menteri luar negeri"), or None. A prefixed title gives its base title's entry."""
    found = _title_at(doc, k)
    return found[1] if found else None


# words naming the police, of which a rank written like the army's ("Jenderal") is a police rank
_POLICE_WORDS = frozenset({"kepolisian", "polri", "polda", "polres", "polresta", "polrestabes", "polsek", "polisi",
                           "kapolri", "kapolda", "kapolres", "kapolresta", "kapolsek", "brimob", "densus"})


def _police_office_before(doc: Doc, start: int) -> bool:
    """Whether the title phrase starting at token ``start`` follows a police office within a few words."""
    return any(t.lower_ in _POLICE_WORDS for t in doc[max(0, start - 4):start])


def _appointed_title(doc: Doc, end: int) -> tuple[int, str] | None:
    """(end, title-lexicon entry) of the title after "<name> sebagai", or None."""
    if end + 1 >= len(doc) or doc[end].lower_ != "sebagai":
        return None
    n = _title_len(doc, end + 1, len(doc))
    return (end + 1 + n, _title_of(_title_key(doc[end + 1:end + 1 + n]))) if n else None


def _agent_ending(doc: Doc, k: int) -> int | None:
    """The start of the longest agent phrase of the actor lexicon that ends at token k ("Kemlu",
    "Kementerian Luar Negeri"), or None."""
    agents = actor_lexicon().get("agent", {})
    return next((i for i in range(max(0, k - 3), k + 1) if doc[i:k + 1].text.lower() in agents), None)


def _title_len(doc: Doc, i: int, end: int) -> int:
    """Length of the title phrase starting at token i (longest match from the title lexicon)."""
    best = 0
    for j in range(i + 1, min(end, i + 5) + 1):
        if _title_of(_title_key(doc[i:j])):
            best = j - i
    return best


def _join_abbreviated_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Muh. Yusran Daeng Naba": the NER, trained on text that splits the period off, often tags
    the abbreviated first name and the rest as two persons, or leaves the abbreviation off. One
    person, with the period."""
    ents = sorted(ents, key=lambda e: e.start)
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ in PERSON_LABELS and ent.label_ in PERSON_LABELS and \
                ent.start == prev.end + 1 and doc[prev.end].text == "." and \
                (prev.text.lower() + "." in NAME_ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())):
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
        elif ent.label_ in PERSON_LABELS and ent.start >= 2 and doc[ent.start - 1].text == "." and \
                doc[ent.start - 2].text.lower() + "." in NAME_ABBREVIATIONS and \
                (prev is None or prev.end <= ent.start - 2):
            out.append(Span(doc, ent.start - 2, ent.end, label=ent.label_))  # the NER left "Moh." off
        else:
            out.append(ent)
    return out


# A transliterated Arabic name with an apostrophe for ain or hamza: "Mas'ud", "Ma'ruf", "Syafi'i".
# Not an English possessive ("Mary's") and not a day name ("Jum'at").
_APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]+['\u2019](?!s$)[a-z]+$")


def _join_apostrophe_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Rudy Mas'ud", "Ma'ruf Amin": the NER's training sets split the apostrophe off or lower-case
    it, so it stops a person's name at such a word. Capitalised apostrophe words next to a person
    belong to the name. ``ents`` are in text order, as _join_abbreviated_names returns them."""
    out: list[Span] = []
    taken = {i for e in ents for i in range(e.start, e.end)}

    def is_part(i: int) -> bool:
        return 0 <= i < len(doc) and i not in taken and bool(_APOSTROPHE_NAME.match(doc[i].text)) \
            and doc[i].lower_ not in DAYS
    for ent in ents:
        s, e = ent.start, ent.end
        if ent.label_ in PERSON_LABELS:
            while is_part(s - 1):
                s -= 1
            while is_part(e):
                e += 1
            taken.update(range(s, e))
        out.append(ent if (s, e) == (ent.start, ent.end) else Span(doc, s, e, label=ent.label_))
    return out


# Balinese names open with a birth-order name, and "I" (men) or "Ni" (women) before it: "I Nyoman
# Sidakarya", "Ni Luh Putu Ariani". The NER, which has few Balinese names to learn from, leaves off
# the one- or two-letter prefix.
BALINESE_ORDER = {"wayan", "putu", "gede", "made", "kadek", "nengah", "nyoman", "komang", "ketut", "gusti",
                  "luh", "ayu", "agung", "bagus"}
# Words that number a regulation, article or clause, capitalised in citations after a title word.
CITATION_WORDS = {"nomor", "nomer", "no", "no.", "pasal", "ayat", "huruf", "tahun", "bab"}
# Hereditary titles that open a name in Lombok ("Lalu", "Baiq"), Aceh and the Malay lands ("Teuku",
# "Tengku") and Java ("Raden"), which the NER often leaves off: "Lalu Muhamad Iqbal". "Lalu" is also
# "then", so only inside a sentence.
NOBLE_PREFIXES = {"lalu", "baiq", "teuku", "tengku", "raden"}


def _comma_named_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body whose name lists its fields, spelled out before its acronym: "Badan Meteorologi,
    Klimatologi, dan Geofisika (BMKG)", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi
    (Kemendikbudristek)". The NER stops at the first comma or misses the name; the comma list
    with "dan" and the acronym after it mark where it ends."""
    out = list(ents)
    for i, tok in enumerate(doc):
        if tok.lower_ not in ORG_WORDS or not is_cap(tok):
            continue
        j, commas, conj = i + 1, 0, False
        while j < len(doc) and j - i < 14 and (is_cap(doc[j]) or doc[j].text == "," or doc[j].lower_ == "dan"):
            commas += doc[j].text == ","
            conj = conj or doc[j].lower_ == "dan"
            j += 1
        if not (commas and conj and is_cap(doc[j - 1]) and j + 2 < len(doc) and doc[j].text == "("
                and doc[j + 1].text[:1].isupper() and doc[j + 2].text == ")"):
            continue
        inside = [e for e in out if e.start < j and e.end > i]
        if all(e.label_ == "ORG" and e.start >= i for e in inside):
            out = [e for e in out if e not in inside] + [Span(doc, i, j, label="ORG")]
    return sorted(out, key=lambda e: e.start)


def _listed_fields(doc: Doc, ents: list[Span], places) -> list[Span]:
    """A state body whose name lists its fields with "dan", where the NER or the capitalised run
    stops at the conjunction: "Badan Pengawas Obat [dan Makanan]", "Kementerian Desa[, Pembangunan
    Daerah Tertinggal, dan Transmigrasi]". A field is a capitalised run of words that are no
    names, places, titles or bodies ("Kementerian Sosial dan Kementerian Kesehatan" are two); the
    NER's entities inside the fields ("Transmigrasi" PER) go."""
    lex = actor_lexicon()
    place_tokens = {i for s, e in places for i in range(s, e)}

    def field_end(m: int) -> int:
        r = m
        while r < len(doc) and is_cap(doc[r]) and doc[r].is_alpha and not doc[r].text.isupper() \
                and r not in place_tokens and not is_name_word(doc[r].text) and doc[r].lower_ not in ORG_WORDS \
                and doc[r].lower_ not in lex.get("agent", {}) and not _title_len(doc, r, r + 1):
            r += 1
        return r

    out = sorted(ents, key=lambda e: e.start)
    for ent in [e for e in out if e.label_ == "ORG" and doc[e.start].lower_ in STATE_BODIES]:
        k = ent.end
        while k + 1 < len(doc) and (doc[k].text == "," or doc[k].lower_ == "dan"):
            m = k + 1 + (doc[k].text == "," and doc[k + 1].lower_ == "dan")
            r = field_end(m)
            if r == m:
                break
            if doc[m - 1].lower_ != "dan":
                k = r
                continue
            inside = [e for e in out if e is not ent and e.start < r and e.end > ent.end]
            if all(e.start >= ent.end and e.end <= r for e in inside):  # the list is closed
                out = [e for e in out if e is not ent and e not in inside] + [Span(doc, ent.start, r, label="ORG")]
            break
    return sorted(out, key=lambda e: e.start)


_ACRONYM_TOKEN = re.compile(r"[A-Z]{2,8}")


def _initials(word: str) -> str:
    """The letters a word gives an acronym: "Bangsa-Bangsa" gives two ("PBB")."""
    return "".join(part[0] for part in word.split("-") if part).lower()


def spelled_out_acronyms(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, acronym token) of every "Long Form (LF)" whose capitalised words' initials spell
    the acronym: "Badan Siber dan Sandi Negara (BSSN)", "Tentara Pembebasan Nasional Papua Barat
    (TPNPB)", "Ogan Komering Ilir (OKI)". Indonesian news spells out each acronym once, right before
    it (the Schwartz-Hearst idea; hand-written for the Indonesian links "dan" and the comma, and
    because an abbreviation library would need English tokenisation and stopwords). Syllabic
    acronyms ("Basarnas", "Kemendikbudristek") do not spell initials and are not found here."""
    out = []
    for k in range(2, len(doc) - 1):
        if doc[k - 1].text != "(" or doc[k + 1].text != ")" or not _ACRONYM_TOKEN.fullmatch(doc[k].text):
            continue
        acr, letters, i = doc[k].text.lower(), "", k - 1
        while i > 0 and k - 1 - i < 14:
            tok = doc[i - 1]
            if tok.lower_ in ("dan", ",", "&") and letters:
                i -= 1
                continue
            if not (tok.is_alpha or "-" in tok.text) or not is_cap(tok):
                break
            letters = _initials(tok.text) + letters
            i -= 1
            if letters == acr:
                out.append((i, k - 1, k))
                break
            if not acr.endswith(letters):
                break
    return out


def _spelled_out_bodies(doc: Doc, ents: list[Span], found) -> tuple[list[Span], set[str], dict[int, str]]:
    """One ORG for a body's name spelled out before its acronym, where the NER cut it up or read part
    of it as a person or place ("[Badan Siber] dan [Sandi Negara] (BSSN)"). An acronym spelled out
    inside a place's name ("Kabupaten Ogan Komering Ilir (OKI)") is that place here, whatever body
    the lexicon knows by it (OKI is also the Organisation of Islamic Cooperation), and one spelled out
    as something else than the lexicon's is not its body either. Returns the entities, the acronyms
    that name no body of the lexicon here (places and others), and the long forms' starts with their
    acronym."""
    place_acronyms: set[str] = set()
    others: set[str] = set()
    long_forms: dict[int, str] = {}
    out = list(ents)
    for i, j, k in found:
        acr = doc[k].text
        if _another_body(acr.lower(), doc[i:j].text.lower()):
            # "Pajak Bumi dan Bangunan (PBB)": the article's own acronym, not the UN the lexicon knows
            others.add(acr)
            continue
        inside = [e for e in out if e.start < j and e.end > i]
        if any(e.label_ in ("GPE", "LOC") and e.start <= i and e.end >= j for e in inside):
            place_acronyms.add(acr)
            continue
        if len(inside) == 1 and inside[0].label_ in PERSON_LABELS and (inside[0].start, inside[0].end) == (i, j):
            continue  # a person's initials: "Susilo Bambang Yudhoyono (SBY)"
        if any(e.start < i or e.end > j for e in inside) or len(acr) < 3:
            continue
        if not (inside or doc[i].lower_ in ORG_WORDS or acr.lower() in _bodies()):
            continue  # a capitalised term, no body: "Bahan Bakar Minyak (BBM)", "Kapal Motor Penumpang (KMP)"
        out = [e for e in out if e not in inside] + [Span(doc, i, j, label="ORG")]
        long_forms[i] = acr.lower()
    out = [Span(doc, e.start, e.end, label="GPE") if e.text in place_acronyms else e for e in out]
    return sorted(out, key=lambda e: e.start), place_acronyms | others, long_forms


def _another_body(acr: str, long_form: str) -> bool:
    """Whether the lexicon knows the acronym by a long form that spells it and is not this one."""
    orgs = actor_lexicon().get("org", {})
    code = orgs.get(acr)
    if code is None or orgs.get(long_form) == code:
        return False
    return any(c == code and " " in name and "".join(_initials(w) for w in name.split()) == acr
               for name, c in orgs.items())


def _short_name_after_body(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word name in parentheses right after a body is the body's short name, whatever its
    letters: "Center of Economic and Law Studies (Celios)", which the NER reads as a person."""
    org_ends = {sp.end for sp in ents if sp.label_ == "ORG"}
    named = {i for sp in ents if sp.label_ in PERSON_LABELS for i in range(sp.start, sp.end)}

    def after_body(i: int) -> bool:
        # the body's name may run on past the NER's organisation: "[Institut Vulkanologi] dan
        # Seismologi Filipina (Phivolcs)"
        while i > 0 and i not in org_ends and (is_cap(doc[i - 1]) or doc[i - 1].lower_ in ("dan", "untuk")) and \
                not doc[i - 1].is_sent_start and i - 1 not in named:
            i -= 1
        return i in org_ends

    short = {doc[i].text for i in range(2, len(doc) - 1) if doc[i - 1].text == "(" and doc[i + 1].text == ")" and
             doc[i].is_alpha and is_cap(doc[i]) and after_body(i - 1)}
    # (and the short name is the body wherever the article uses it: "Phivolcs mencatat ...")
    return [Span(doc, sp.start, sp.end, label="ORG") if sp.label_ in PERSON_LABELS and sp.text in short else sp
            for sp in ents]


def _join_name_prefix(doc: Doc, ents: list[Span]) -> list[Span]:
    """A Balinese "I"/"Ni" or a hereditary title the NER left off joins the person's name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        s = ent.start
        if ent.label_ in PERSON_LABELS and s > 0 and s - 1 not in taken and (
                (doc[s].lower_ in BALINESE_ORDER and doc[s - 1].text in ("I", "Ni"))
                or (doc[s - 1].lower_ in NOBLE_PREFIXES and is_cap(doc[s - 1]) and not doc[s - 1].is_sent_start)):
            ent = Span(doc, s - 1, ent.end, label=ent.label_)
        out.append(ent)
    return out


_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
_FILLERS = {"dan", "atau", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "the", "of", "and"}


def common_noun_acronyms(text: str) -> set[str]:
    """Acronyms an article defines with a lower-case expansion: "demam berdarah dengue (DBD)",
    "infeksi saluran pernapasan akut (ISPA)", "bahan bakar minyak (BBM)". Indonesian news spells
    out every acronym once, and capitalises the expansion only for names ("Badan Nasional
    Penanggulangan Bencana (BNPB)"), so these are diseases, fuels and the like, not entities."""
    out = set()
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        words = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 150):m.start()])
        for n in range(len(acr), len(acr) + 3):
            phrase = words[-n:]
            if len(phrase) < n or any(not w.islower() for w in phrase):
                break
            content = [w for w in phrase if w not in _FILLERS]
            if content and phrase[0] not in _FILLERS and "".join(w[0] for w in content) == acr.lower():
                out.add(acr)
                break
    return out


@lru_cache(maxsize=1)
def _bodies() -> dict[str, str]:
    """Organisations and agents of the actor lexicon ("bawaslu", "kemlu"), lower-case."""
    lex = actor_lexicon()
    return {**lex.get("org", {}), **lex.get("agent", {})}


def _region_len(doc: Doc, i: int, end: int) -> int:
    """Length of the longest Indonesian province or regency name, country or province (exonyms
    included) starting at token i and ending by ``end`` ("Sigi", "Jawa Barat", "RI"), else 0.
    Not the GeoNames towns: too many of them are also given names."""
    for k in range(min(3, end - i), 0, -1):
        name = doc[i:i + k].text
        if is_region(name):
            return k
    return 0


def _affiliation(doc: Doc, s: int, e: int) -> list[tuple[int, int, str]]:
    """Indonesian news names a person after their office and the region or body it belongs to:
    "Bupati Sigi Hasan Masyhur", "Ketua Bawaslu Gowa Nurfitriani", "Juru bicara Kemlu RI Rizal
    Pratama". The NER often puts that region or body in the PER span. After a title or a body,
    leading regions become GPE and leading bodies (with their region: "Kemlu RI") one ORG, as long
    as a capitalised name is left; a lone region right after a body ("Bawaslu Gowa") is a GPE."""
    bodies = _bodies()
    if s == 0 or not (title_ending(doc, s - 1) or doc[s - 1].lower_ in bodies):
        return []
    if e - s == 1:
        return [(s, e, "GPE")] if doc[s - 1].lower_ in bodies and _region_len(doc, s, e) else []
    pieces, i = [], s
    while i < e - 1:
        k = _region_len(doc, i, e - 1)
        if k:
            pieces.append((i, i + k, "GPE"))
        elif doc[i].lower_ in bodies or (doc[i].text.isalpha() and doc[i].text.isupper() and len(doc[i].text) >= 2
                                         and not _title_len(doc, i, e)):
            k = 1
            pieces.append((i, i + 1, "ORG"))
        else:
            break
        i += k
    if not pieces or not is_cap(doc[i]) or doc[i].text.isupper():
        return []
    if any(label == "ORG" for _s, _e, label in pieces):
        return [(s, i, "ORG")]
    return pieces


# the last word of a newspaper's or agency's English name ("The Wall Street Journal")
NEWS_HEADS = {"journal", "times", "post", "news", "tribune", "herald", "gazette", "telegraph", "guardian", "globe",
              "daily", "magazine", "review", "agency", "network"}


def _org_then_name(doc: Doc, s: int, e: int, place_spans, known: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Where a person's name starts inside an NER organisation that ran on into it: "Direktur Utama
    [Perum Bulog Novi Helmy Prasetya]" → ORG "Perum Bulog" + PER "Novi Helmy Prasetya". After an
    office, when the span opens with a body of the actor lexicon (perhaps after one designator:
    "Perum", "PT") and at least two capitalised words that are no body, place or acronym follow, or
    a geocoded region and then one such word or more, or with a body in ``known`` (the NER's
    organisations before it) and then two or three such words; else as `_unknown_body_then_name`. Returns
    (the body's end, the name's start)."""
    if s > 0 and _office_ends(doc, s - 1, reach=1, links=()):
        # ("Juru bicara", "Direktur Utama", "Kepala Pelaksana" right before the span)
        orgs = actor_lexicon().get("org", {})
        for a in (s, s + 1):
            b = _longest_body(doc, a, min(e - 1, a + 4))
            if b is None:
                continue
            # "Kepala [BPBD Samarinda Suwarso]": the body's branch in a geocoded region, then the name
            region = next((pe for ps, pe in place_spans.inside(b, e) if ps == b and pe < e), b)
            rest = doc[region:e]
            if (region > b or len(rest) >= 2) and \
                    all(t.is_alpha and is_cap(t) and not t.text.isupper() and t.lower_ not in ORG_WORDS
                        and t.lower_ not in orgs for t in rest) and \
                    not place_spans.overlaps(region, e) and not _region_len(doc, region, e):
                return b, region
            break
        # a body the article named on its own before: "CEO [Jeju Air Kim E-bae]" after "Jeju Air"
        b = _named_before_then_name(doc, s, e, place_spans, known)
        if b is not None:
            return b, b
    return _unknown_body_then_name(doc, s, e, place_spans)


def _named_before_then_name(doc: Doc, s: int, e: int, place_spans, known) -> int | None:
    """Where a name of two or three capitalised words starts after an entity the article named on
    its own before (``known``: their texts): "CEO [Jeju Air Kim E-bae]", "Imam Besar [Masjid
    Istiqlal Nasaruddin Umar]"."""
    for b in (e - 3, e - 2):
        if b > s and doc[s:b].text in known and is_cap(doc[b]) and is_cap(doc[e - 1]) and \
                all((is_cap(t) or t.lower_ in NAME_PARTICLES) and not t.text.isupper() and t.lower_ not in ORG_WORDS
                    for t in doc[b:e]) and not place_spans.overlaps(b, e):
            return b
    return None


def _unknown_body_then_name(doc: Doc, s: int, e: int, place_spans) -> tuple[int, int] | None:
    """The same for a body the lexicon does not know, after an office or not: an acronym, a bank or a
    name ending in a newspaper's head word ("[PCG Jay Tarriela]", "jurnalis [The Wall Street Journal
    Evan Gershkovich]"), then two or three capitalised words that open with a given name and hold
    no common word. A company's name of common words ("PT Jasa Marga") and a rank ("AKBP") are no
    such body."""
    if e - s < 3 or _title_len(doc, s, s + 1):
        return None
    first = doc[s].text
    if (first.isupper() or sum(c.isupper() for c in first) >= 2) and 2 <= len(first) <= 6 and first.isalpha():
        cut = s + 1  # (or a mixed-case one: "AfD", "OpenAI")
    elif doc[s].lower_ == "bank" and is_cap(doc[s]):
        # "Ekonom [Bank Permata Josua Pardede]": a bank's name, then a given name and more
        cut = next((k for k in (e - 2, e - 3) if k >= s + 2 and is_name_word(doc[k].text)), None)
    elif doc[s].lower_ == "partai" and is_cap(doc[s]):
        # "kandidat [Partai Kekuatan Rakyat Kim Moon-soo]": a party is named in common words, its
        # candidate's name starts at the first word that is none
        cut = next((k for k in range(s + 2, e - 1) if not is_common_word(doc[k].text)), None)
        cut = cut if cut is not None and all(is_common_word(t.text) for t in doc[s + 1:cut]) else None
    else:
        cut = next((k + 1 for k in range(s + 1, e - 2) if doc[k].lower_ in NEWS_HEADS and is_cap(doc[k])), None)
    tail = doc[cut:e] if cut else None
    if tail is None or not 2 <= len(tail) <= 3 or place_spans.overlaps(cut, e) or \
            not (is_name_word(tail[0].text) or doc[s].lower_ == "partai") or \
            any(not is_cap(t) or t.text.isupper() or is_common_word(t.text) or t.lower_ in ORG_WORDS for t in tail):
        return None
    return cut, cut


def _appositive_name(doc: Doc, s: int, e: int, place_spans) -> bool:
    """An NER organisation or place that is the name set off by commas after an office: "Juru bicara
    UNHCR di Jakarta, [Mitra Salima Suryono], meminta ..." (the NER reads "Mitra" as a company's
    word). Two to four capitalised words that are no acronym, body, place or title, one of them a
    known given or family name."""
    if not 2 <= e - s <= 4 or s < 2 or doc[s - 1].text != ",":
        return False
    k, lower = s - 2, 0
    while not _office_at(doc, k):
        # back over the office's body, seat and field ("Koordinator kemanusiaan PBB untuk Sudan")
        if doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in SEAT_LINKS:
            lower += 1
        elif not is_cap(doc[k]) and doc[k].lower_ not in SEAT_LINKS:
            return False
        k -= 1
        if k < 0 or s - 2 - k > 8 or lower > 2:
            return False
    if e < len(doc) and not (doc[e].is_punct or doc[e].is_lower):
        return False
    orgs = actor_lexicon().get("org", {})
    span = doc[s:e]
    return span.text.lower() not in orgs and any(is_name_word(p) for t in span for p in t.text.split("-")) and \
        not place_spans.overlaps(s, e) and \
        all(t.text.replace("-", "").isalpha() and is_cap(t) and not t.text.isupper() and t.lower_ not in ORG_WORDS
            and t.lower_ not in orgs and not _title_len(doc, t.i, e) for t in span)


def _state_body_then_name(doc: Doc, a: int, end: int, place_tokens) -> int | None:
    """Where the name starts in a capitalised run doc[a:end] right after an office that is a state
    body's name and then its holder's: "Kepala [Pusat Kesehatan Haji Kementerian Kesehatan] [Liliek
    Marhaendro Susilo]". The body's fields after its head word (Kementerian, Badan ...) are words of
    the word list ("Kesehatan", "Luar", "Negeri") or derived nouns ("Pemberdayaan"); the name starts
    at the first word that is none or is a known given name, and is two to four name-like words.
    None where the run is no such pair."""
    if a == 0 or not _office_at(doc, a - 1):
        return None
    head = next((k for k in range(a, end - 3) if doc[k].lower_ in STATE_BODIES), None)
    if head is None:
        return None

    def field(t) -> bool:
        return (word_stats().get(t.lower_, (0, 0))[0] >= 5 and not is_name_word(t.text)) or \
            bool(_DERIVED_NOUN.match(t.lower_))

    n = head + 1
    while n < end and n not in place_tokens and field(doc[n]):
        n += 1
    name = doc[n:end]
    if n == head + 1 or not 2 <= len(name) <= 4:
        return None
    if any(t.i in place_tokens or not t.is_alpha or t.text.isupper() or is_common_word(t.text)
           or _DERIVED_NOUN.match(t.lower_) or t.lower_ in ORG_WORDS or _title_len(doc, t.i, end) for t in name):
        return None
    return n


def _longest_body(doc: Doc, a: int, last: int) -> int | None:
    """The end (exclusive) of the longest body of the actor lexicon that starts at token a and
    ends by ``last``, else None."""
    orgs = actor_lexicon().get("org", {})
    return next((b for b in range(last, a, -1) if doc[a:b].text.lower() in orgs), None)


# Lower-case words for sites whose name follows ("pasar Sabreen", "masjid Al-Aqsa"): the name is
# the site's, which the NER, trained on capitalised facility names, reads as a person's.
NAMED_SITES = {"pasar", "jalan", "jl.", "jln.", "gang", "gg.", "masjid", "gereja", "bandara", "pelabuhan",
               "stasiun", "stadion", "sungai", "gunung", "pulau", "danau", "selat", "teluk", "kuil", "candi", "pura",
               "klenteng", "vihara", "biara", "katedral", "basilika", "kapel"}
# ... and the buildings whose name, said alone, is the institution: "Direktur Louvre" after "Museum Louvre"
NAMED_BUILDINGS = NAMED_SITES | {"museum", "istana", "hotel", "universitas"}
# Holidays and feasts, which the NER reads as people or places ("Idul Fitri" PER, "Natal" the
# Brazilian city): named events.
HOLIDAYS = {"idul fitri", "idulfitri", "idul adha", "iduladha", "lebaran", "natal", "nyepi", "waisak", "imlek",
            "ramadhan", "ramadan", "maulid nabi", "isra miraj", "isra mikraj", "paskah", "galungan",
            "kuningan", "tahun baru imlek", "tahun baru islam", "hari raya"}


def _named_event(doc: Doc, ent: Span) -> bool:
    """The entity names an event: an operation ("Operasi Lilin"), or a holiday ("Hari Raya Idul
    Fitri", "Idul Fitri") not after a preposition of place ("di Natal" may be the city)."""
    low = ent.text.lower()
    low = low[len("hari raya "):] if low.startswith("hari raya ") else low
    if ent[0].lower_ in NAMED_THINGS and len(ent) >= 2:
        return True  # "Operasi Lilin", "Operasi Ketupat": a police or military operation, an event
    return low in HOLIDAYS and not (ent.start > 0 and doc[ent.start - 1].lower_ in ("di", "ke", "dari"))


def _after_camp(doc: Doc, s: int) -> bool:
    """The name at token s follows "kamp" or "kamp pengungsi" (a refugee camp is named, not a person)."""
    k = s - 1 - (s > 1 and doc[s - 1].lower_ == "pengungsi")
    return k >= 0 and doc[k].lower_ == "kamp"


def _venue(doc: Doc, s: int) -> bool:
    """The body at token s is named for its building: "(di) depan gedung DPRD", "di kantor BNPB"."""
    k = s - 1
    while k >= 0 and s - k <= 3 and doc[k].lower_ in BUILDING_WORDS:
        k -= 1
    return k < s - 1 and k >= 0 and doc[k].lower_ in LOCATIVE_PREPS


class PlaceSpans:
    """The geocoded places' token spans, sorted; places never overlap, so each question is one bisect
    (a scan per entity made a 400,000-character document take minutes)."""

    def __init__(self, places):
        self.spans = sorted(places)
        self.starts = [ps for ps, _ in self.spans]

    def covers(self, s: int, e: int) -> bool:
        """Some place spans all of s..e."""
        i = bisect_right(self.starts, s) - 1
        return i >= 0 and self.spans[i][1] >= e

    def overlaps(self, s: int, e: int) -> bool:
        """Some place shares a token with s..e."""
        i = bisect_left(self.starts, e) - 1
        return i >= 0 and self.spans[i][1] > s

    def inside(self, s: int, e: int) -> list[tuple[int, int]]:
        """The places within s..e, in order."""
        out = []
        for ps, pe in self.spans[bisect_left(self.starts, s):]:
            if pe > e:
                break
            out.append((ps, pe))
        return out


def place_ends(places: dict) -> dict[int, tuple[int, dict]]:
    """The geocoded places by the token they end at: end -> (start, place). Places never overlap."""
    return {pe: (ps, p) for (ps, pe), p in places.items()}


def _titled_org(doc: Doc, ent: Span) -> bool:
    """An organisation the NER found with a title in it or right before it ("Ekonom Universitas
    Indonesia", "Peneliti CSIS"): the office of the name that follows it."""
    if ent.label_ != "ORG":
        return False
    if _title_len(doc, ent.start, ent.end):
        return True
    k = ent.start - 1
    while k > 0 and ent.start - k <= 4 and doc[k].is_alpha and (doc[k].is_lower or doc[k].lower_ in BOARDS) \
            and not title_ending(doc, k):
        k -= 1  # the title's field in lower case: "Pengamat hukum laut internasional Universitas Indonesia"
    return k >= 0 and _office_at(doc, k)


def _office_ends(doc: Doc, t: int, reach: int = 6, links=OFFICE_LINKS) -> bool:
    """Token t ends an office phrase: capitalised words (and ``links``), at most ``reach`` of them,
    back to a title or an office head: "Ekonom Universitas", "juru bicara UNHCR", "Juru bicara
    Penjaga Pantai", "Duta Besar AS untuk"."""
    k = t
    while k >= 0 and t - k <= reach:
        if _office_at(doc, k):
            return True
        if not (is_cap(doc[k]) or doc[k].lower_ in links):
            return False
        k -= 1
    return False


def _names_after_offices(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two to four capitalised words right after an office's organisation that no entity covers
    are the office-holder's name: "Pelaksana tugas Kepala [BPBD Flores Timur] Avelina Sabu", where
    the NER found the body and missed the person."""
    taken = {i for sp in ents for i in range(sp.start, sp.end)}
    found = []
    for o in ents:
        if not _titled_org(doc, o):
            continue
        j = o.end
        while j < len(doc) and j - o.end < 4 and j not in taken and doc[j].is_alpha and is_cap(doc[j]) \
                and not doc[j].text.isupper() and not _title_len(doc, j, j + 1):
            j += 1
        if j - o.end >= 2 and not all(is_common_word(t.text) for t in doc[o.end:j]):
            found.append(Span(doc, o.end, j, label="PER"))
    return ents + found


def _org_tail_to_name(doc: Doc, ents: list[Span]) -> list[Span]:
    """A known body whose span runs into the person's name right after it gives those words back to
    the name: the NER read "Sekretaris Jenderal [ASEAN Kao] [Kim Hourn]"."""
    orgs = actor_lexicon().get("org", {})
    at = {sp.start: k for k, sp in enumerate(ents)}
    out = list(ents)
    for i, o in enumerate(ents):
        per = ents[at[o.end]] if o.end in at else None
        if o.label_ != "ORG" or per is None or per.label_ not in PERSON_LABELS or o.text.lower() in orgs:
            continue
        cut = _longest_body(doc, o.start, o.end - 1)
        if cut is None or not all(is_cap(t) and not t.text.isupper() for t in doc[cut:o.end]) \
                or _region_len(doc, cut, o.end):
            continue  # (but "BPBD Flores Timur Avelina Sabu": the body's region is the body's)
        out[i] = Span(doc, o.start, cut, label="ORG")
        out[at[o.end]] = Span(doc, cut, per.end, label=per.label_)
    return out


# what comes between a person's name and the name they go by
_ALIAS_LINK = re.compile(r"(?:yang\s+(?:lebih\s+)?(?:dikenal|akrab\s+disapa|biasa\s+disapa|disapa)\s+"
                         r"(?:dengan\s+(?:nama\s+)?|sebagai\s+)?|alias\s+)")


def _name_key(text: str) -> list[str]:
    return [NAME_PREFIX.sub("", w) for w in norm(text).replace("-", "- ").split() if w not in ("bin", "binti")]


class EntityLinker:
    def __init__(self, nlp: Language):
        lex = actor_lexicon()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind in ("agent", "org", "seat", "title", "pronoun", "leader"):
            phrases = list(lex.get(kind, {}))
            if phrases:
                self.matcher.add(kind, list(nlp.tokenizer.pipe(phrases)))
        # the lexicon writes ranks without the period that the tokenizer keeps on an abbreviation
        # ("Komjen Pol." is one token more than "komjen pol" would match)
        dotted = [" ".join(w + "." if w + "." in abbreviations() else w for w in p.split())
                  for p in lex.get("title", {})]
        self.matcher.add("title", [Doc(nlp.vocab, words=p.split()) for p in dotted if p not in lex["title"]])

    # -- entities ------------------------------------------------------------------------------
    def _places(self, doc: Doc) -> dict[tuple[int, int], dict]:
        return {(s, e): p for s, e, p in (doc._.pantau_place_spans or [])}

    def _fallback_entities(self, doc: Doc, places) -> list[Span]:
        spans = []
        lex = actor_lexicon()
        for (s, e), p in places.items():
            spans.append(Span(doc, s, e, label="GPE" if p["feature"] != "region" else "LOC"))
        place_tokens = {i for s, e in places for i in range(s, e)}
        for rs, re_ in cap_runs(doc):
            i = rs
            # leading sentence-initial common words ("Para", "Namun") and titles are not names
            while i < re_ and (is_common_word(doc[i].text) and doc[i].lower_ not in ORG_WORDS
                               and not _title_len(doc, i, re_)):
                i += 1
                if _portfolio_word(doc[i - 1]) and i < re_ and not _portfolio_word(doc[i]):
                    break  # "... Bidang Kemaritiman dan Investasi | Luhut Binsar Pandjaitan": the name
            while i < re_:
                if i in place_tokens:
                    i += 1
                    continue
                tl = _title_len(doc, i, re_)
                if tl:
                    i += tl
                    while i < re_ - 1 and (_portfolio_word(doc[i]) or doc[i].lower_ in OFFICE_LINKS) and \
                            i not in place_tokens:
                        i += 1  # "Menteri | Transisi Ekologi | Agnes Pannier-Runacher": the portfolio
                    continue
                b = _longest_body(doc, i, re_) if i + 1 < re_ else None
                if b is not None and b < re_:
                    # "Ketua Umum [PP Muhammadiyah] [Haedar Nashir]": a known body, then the name
                    # (and a police command's "Metro": "Polres Metro Jakarta Selatan")
                    if doc[b].lower_ == "metro" and doc[b - 1].lower_ in _POLICE_WORDS and b + 1 < re_:
                        b += 1
                    spans.append(Span(doc, i, b, label="ORG"))
                    i = b
                    continue
                eo = english_org_end(doc, i)
                if eo is not None:
                    spans.append(Span(doc, i, eo, label="ORG"))  # "Center of Economic and Law Studies"
                    i = re_
                    continue
                n = _state_body_then_name(doc, i, re_, place_tokens)
                if n is not None:
                    # "Kepala [Pusat Kesehatan Haji Kementerian Kesehatan] [Liliek Marhaendro Susilo]"
                    spans.extend([Span(doc, i, n, label="ORG"), Span(doc, n, re_, label="PER")])
                    i = re_
                    continue
                j = i
                while j < re_ and j not in place_tokens and not (j > i and _title_len(doc, j, re_)):
                    j += 1  # a title inside the run starts the next name ("... Letkol Inf Candra K.")
                if j > i:
                    span = doc[i:j]
                    low = span.text.lower()
                    words = {t.lower_ for t in span}
                    if not any(c.isalpha() for c in span.text) or any(c in "$€£¥" for c in span.text):
                        pass  # "US$" before an amount: money, not a name
                    elif low in lex.get("org", {}) or words & ORG_WORDS or (span.text.isupper() and len(span) == 1):
                        spans.append(Span(doc, i, j, label="ORG"))
                    elif low in lex.get("seat", {}) or low in lex.get("agent", {}):
                        pass  # "Kremlin", "Kemlu": a seat of power or a body, not a person
                    elif all(_portfolio_word(t) for t in span):
                        pass  # "Menteri Koordinator Bidang Politik, ...": a portfolio, not a person
                    elif span[0].lower_ in CITATION_WORDS:
                        pass  # "Keputusan Presiden Nomor 64/P Tahun 2024": a regulation's number
                    elif len(span) >= 2 or low in lex.get("leader", {}) or (i > 0 and _title_len(doc, i - 1, i)):
                        spans.append(Span(doc, i, j, label="PER"))
                    elif not is_common_word(span.text) and not span[0].is_sent_start:
                        spans.append(Span(doc, i, j, label="PER"))
                i = j
        return spans

    def _known_bodies(self, doc: Doc, ents: list[Span], matches) -> list[Span]:
        """Bodies of the actor lexicon written with capitals that neither the NER nor the
        capitalised-run fallback found: "Densus 88" and "Detasemen Khusus 88 Antiteror Polri",
        whose number breaks the capitalised run. ``matches``: the lexicon matcher's on ``doc``."""
        taken = {i for sp in ents for i in range(sp.start, sp.end)}
        found = [Span(doc, s, e, label="ORG") for m, s, e in matches
                 if doc.vocab.strings[m] == "org" and doc[s].text[:1].isupper() and not _venue(doc, s)
                 and not taken.intersection(range(s, e))]
        return filter_spans(found)

    def _repair(self, doc: Doc, places, ends) -> list[Span]:
        out = []
        bodies = _bodies()
        place_spans = PlaceSpans(places)
        in_ent = {i: ent.start for ent in doc.ents for i in range(ent.start, ent.end)}
        ent_at = {ent.start: ent for ent in doc.ents}
        for ent in doc.ents:
            s, e, label = ent.start, ent.end, ent.label_
            while label in PERSON_LABELS and e < len(doc) and e not in in_ent and not doc[e].is_sent_start and \
                    _HYPHENED_GIVEN.match(doc[e].text):
                e += 1  # "Shin Tae-yong", "Yoon Suk-yeol": the NER stops before a Korean given name
            if label in PERSON_LABELS and s > 1 and s - 1 not in in_ent and doc[s - 1].text in FUNCTION_WORD_NAMES \
                    and not doc[s - 1].is_sent_start and doc[s - 2].is_lower:
                s -= 1  # "kata gubernur wilayah itu Oleh Hryhorov": capitalised mid-sentence, a given name
            if label in PERSON_LABELS and s > 0 and s - 1 not in in_ent and is_cap(doc[s - 1]) and \
                    doc[s - 1].lower_ in FEATURE_WORDS:
                # "Istana Kepresidenan Hanoi", "Jalan Gatot Subroto", "Bandara Soekarno-Hatta": the
                # NER left off the facility word and saw a person's name
                out.append(Span(doc, s - 1, e, label="LOC"))
                continue
            if label in PERSON_LABELS and _after_camp(doc, s):
                out.append(Span(doc, s, e, label="LOC"))  # "kamp pengungsi Nur Shams": a camp's name
                continue
            if label in PERSON_LABELS and s > 0 and doc[s - 1].lower_ in NAMED_SITES and doc[s - 1].is_lower:
                out.append(Span(doc, s, e, label="LOC"))  # "pasar Sabreen", "jalan Sudirman": a site's name
                continue
            if label != "ORG" and s > 0 and s - 1 not in in_ent and is_cap(doc[s - 1]) and \
                    doc[s - 1:e].text.lower() in actor_lexicon().get("org", {}):
                out.append(Span(doc, s - 1, e, label="ORG"))  # "Uni [Eropa]": the NER left off the body's head
                continue
            if label != "ORG" and (s, e) not in places and (eo := english_org_end(doc, s)):
                # "Center of Economic and Law Studies", where the NER saw the town Center
                out.append(Span(doc, s, eo, label="ORG"))
                continue
            if label in ("ORG", "LOC", "GPE", "FAC") and (s, e) not in places and (
                    _appositive_name(doc, s, e, place_spans) or norm(doc[s:e].text) in actor_lexicon().get("leader", {})):
                # "Koordinator kemanusiaan PBB untuk Sudan, Clementine Nkweta-Salami,"; a leader of the
                # lexicon the NER read as a body ("pemimpin junta militer Min Aung Hlaing")
                label = "PER"
            if label == "ORG":
                # (a title the NER took into the organisation opens no body: "[Ekonom Bank Permata Josua Pardede]")
                t = _title_len(doc, s, s + 1) if e - s >= 4 else 0
                split = _org_then_name(doc, s + t, e, place_spans,
                                       frozenset(o.text for o in doc.ents if o.label_ == "ORG" and o.end <= s))
                if split:
                    body, name = split
                    out.extend([Span(doc, s + t, body, label="ORG"), Span(doc, name, e, label="PER")])
                    if name > body:
                        out.append(Span(doc, body, name, label="GPE"))
                    continue
            if label != "ORG" and (s, e) not in places and place_spans.covers(s, e):
                continue  # part of a longer geocoded place ("Kolaka" of "Kolaka Timur", "Jaya" of
                # "Kapolda Metro Jaya"), added below
            if e - s == 1 and (s, e) not in places and doc[s].lower_ in number_words():
                continue  # "Lima di antaranya": a number the NER read as a name or place
            if label != "ORG" and (s, e) not in places:
                # "Menteri Luar Negeri Mevlut Cavusoglu" where the NER saw only "Cavusoglu" (or saw
                # it as a place): capitalised words between a person title and the entity belong to
                # the name, and a name right after a person title is a person, unless a person
                # follows: "Camat Tanjung Priok Slamet Riyadi" is the office's district, then the name
                k = s
                while k > 0 and is_cap(doc[k - 1]) and not title_ending(doc, k - 1) and \
                        not place_spans.covers(k - 1, k) and s - k < 3 and \
                        in_ent.get(k - 1, s) == s and \
                        doc[k - 1].lower_ not in bodies:  # "Juru bicara Kemlu RI": a body, not a name
                    k -= 1
                org = next((j for j in range(k, s) if doc[j].lower_ in ORG_WORDS), None)
                # an office's country ends where the capitalised words before the NER's span begin
                office_country = k < s and k in ends and ends[k][0] > 0 and _office_ends(doc, ends[k][0] - 1)
                if org is None and k == s and k > 0 and k - 1 not in in_ent and is_cap(doc[k - 1]) and \
                        doc[k - 1].lower_ in actor_lexicon().get("org", {}):
                    org = k - 1  # "Kepala BNPB Suharyanto": a known body right before the name
                if org is not None and label in PERSON_LABELS:
                    # "Dosen Universitas Gadjah Mada Budi Santoso": the words before the name are
                    # the person's organisation, not more of the name
                    out.append(Span(doc, org, s, label="ORG"))
                elif k > 0 and title_ending(doc, k - 1) and is_cap(doc[k]) and \
                        not (label in ("LOC", "GPE", "FAC") and e < len(doc) and (
                            _title_len(doc, e, len(doc)) or (e in in_ent and doc[e].ent_type_ in PERSON_LABELS))):
                    s, label = k, "PER"
                elif k < s and label in PERSON_LABELS and (
                        (k - 1 in in_ent and _titled_org(doc, ent_at[in_ent[k - 1]])) or office_country):
                    # "Ekonom Universitas Indonesia Fithra Faisal Hastiadi", "Menteri Luar Negeri Turki
                    # Hakan Fidan", "Duta Besar AS untuk Filipina MaryKay Carlson": the office's
                    # organisation or country ends where the name begins, so capitalised words
                    # between them and the NER's name are the name's
                    s = k
                elif k < s and label in ("LOC", "GPE", "FAC") and office_country and \
                        not gazetteer().lookup(doc[s:e].text):
                    # "Menteri Dalam Negeri Venezuela Diosdado Cabello", where the NER saw a place
                    # "Cabello" that no gazetteer knows: the office's country, then the holder's name
                    s, label = k, "PER"
            inner = place_spans.inside(s, e)
            if (s, e) in places or (inner and inner[0] == (s, e)):
                out.append(Span(doc, s, e, label="GPE" if places[(s, e)]["feature"] != "region" else "LOC"))
                continue
            if True:
                # a title that began before the span ("Kepala" + "Desa Sukamaju ...") is cut off,
                # but not a designator ("Wali" + "Kota Banjarmasin ...": the city's name keeps it)
                s0 = s
                for j in range(s0, min(e - 1, s0 + 3)):
                    found = _title_at(doc, j) if doc[j].lower_ not in UNIT_WORDS else None
                    if found and found[0] < s0:
                        s = j + 1
                # cut lower-case head words ("kantor Erdogan") and titles/places in front of the name
                place_head = False
                while s < e and (not is_cap(doc[s]) or _title_len(doc, s, e)):
                    # (and "kota Chiva", which the gazetteer lacks: a town all the same)
                    place_head = place_head or doc[s].lower_ in PLACE_HEADS or doc[s].lower_ in NAMED_SITES or \
                        (label != "ORG" and (doc[s].lower_ in LOCAL_WORDS or doc[s].lower_ in ADMIN1_WORDS))
                    s += _title_len(doc, s, e) or 1
                named = {o.text: o.label_ for o in doc.ents if o.end <= ent.start and o.label_ in ("ORG", "LOC", "FAC")} \
                    if label != "ORG" and s > 0 and (title_ending(doc, s - 1) or _office_at(doc, s - 1)) else {}
                if named:  # ... or its name after a building's word: "Direktur [Louvre] Laurence des Cars"
                    # after "Museum Louvre"
                    named.update({o[1:].text: o.label_ for o in doc.ents if o.end <= ent.start and len(o) >= 2
                                  and o[0].lower_ in NAMED_BUILDINGS
                                  and o[1:].text not in named})
                if named and (b := _named_before_then_name(doc, s, e, place_spans, named)) is not None:
                    # after a title, the body or building the article named before, then the name (whatever
                    # the NER called the whole: "Imam Besar Masjid Istiqlal Nasaruddin Umar" is no mosque)
                    out.extend([Span(doc, s, b, label=named[doc[s:b].text]), Span(doc, b, e, label="PER")])
                    continue
                if label in PERSON_LABELS and s > 0 and (_office_at(doc, s - 1) or doc[s - 1].lower_ in OFFICE_LINKS):
                    k = s
                    while k < e - 1 and (_portfolio_word(doc[k]) or (k > s and doc[k].lower_ in OFFICE_LINKS)):
                        k += 1
                    if k > s and not _portfolio_word(doc[k]):
                        s = k  # the portfolio after the title: "Bidang Perekonomian Airlangga Hartarto"
                while inner and s < e and (inner[0][0] == s or (inner[0][0] == s + 1 and (
                        doc[s].lower_ in UNIT_WORDS or doc[s].text in PREPS))) \
                        and not (inner[0][1] < e and doc[inner[0][1]].lower_ in TYPE_WORDS):
                    # a place, with its designator ("Kota Banjarmasin" in "Wali Kota Banjarmasin
                    # Syamsul Bahri"), is cut off the front of a longer span, unless the name goes on
                    # ("Banjarmasin Utara" is one district, not a city and a person called "Utara"); a
                    # preposition the NER ran over is no part of a name ("Laut Merah dekat Hodeidah")
                    s += doc[s].text in PREPS
                    region = places.get((s, inner[0][1]), {}).get("feature") == "region"
                    out.append(Span(doc, s, inner[0][1], label="LOC" if region else "GPE"))
                    s = inner[0][1]
                    inner = inner[1:]
                    while s < e and _title_len(doc, s, e):
                        s += _title_len(doc, s, e)
                while label in PERSON_LABELS and s < e and doc[s].text.lower() in actor_lexicon().get("seat", {}):
                    s += 1  # "Kremlin Dmitry Peskov": a seat of power before a name
                if label in PERSON_LABELS:
                    for ps, pe, plabel in _affiliation(doc, s, e):
                        out.append(Span(doc, ps, pe, label=plabel))
                        s = pe
                    if e - s >= 2 and doc[s].text.isupper() and doc[s].lower_ in actor_lexicon().get("org", {}):
                        out.append(Span(doc, s, s + 1, label="ORG"))  # "BNPB Suharyanto": no name starts so
                        s += 1
                # a verb after a body ("TNI gugur") or a number after a name ("menghukum Hendra 10
                # tahun") that the NER ran on into is cut off the end (a person's lower-case tail
                # only if it is a word of the language, "Marquez finis": "Aedes aegypti" stays whole)
                # a body the NER called a place is a body too: "Kepolisian Resor Pidie AKBP" (LOC)
                body = label == "ORG" or any(t.lower_ in ORG_WORDS for t in doc[s:e])
                while e > s + 1 and ((doc[e - 1].is_alpha and not is_cap(doc[e - 1]) and (
                                          label not in PERSON_LABELS or is_common_word(doc[e - 1].text)))
                                     or (label in PERSON_LABELS and (doc[e - 1].is_digit or
                                                                     _SCORE.fullmatch(doc[e - 1].text)))
                                     or (body and _title_len(doc, e - 1, e))):
                    e -= 1  # and an officer's rank after a body: "Kepolisian Resor Pidie AKBP"
                if s >= e:
                    continue
                span = doc[s:e]
                if all(not is_cap(t) for t in span) or not any(c.isalpha() for c in span.text):
                    continue
                low = span.text.lower()
                words = {t.lower_ for t in span}
                if len(span) > 1 and span[-1].lower_ in COMPASS_WORDS:
                    words.discard(span[-1].lower_)  # "Jakarta Pusat" is a place, not a "pusat" (centre)
                if low in actor_lexicon().get("org", {}) or words & ORG_WORDS or \
                        (span.text.isupper() and len(span) == 1 and curated_place(span.text) != "GPE"):
                    label = "ORG"  # an acronym, unless it names a country or province ("RI", "AS", "DIY")
                elif label in ("LOC", "GPE", "FAC") and s != ent.start and not place_head:
                    label = "PER"  # "kantor Erdogan"; but "kawasan Patung Kuda" stays a place
                if label in PERSON_LABELS and e - s == 1 and (low in actor_lexicon().get("seat", {})
                                                              or len(span.text) < 3):
                    continue
                if label in PERSON_LABELS and all(t.lower_ in OFFICE_HEADS for t in span):
                    continue  # "Pelaksana (tugas Kepala ...)": an office, not a name
                if label in PERSON_LABELS and all(t.lower_ in DAYS or t.lower_ in MONTHS for t in span):
                    continue  # "Sabtu", "Oktober": a date the NER read as a name
                if len(span) == 1 and low in ALERT_LEVELS:
                    continue  # "Level III (Siaga)": a volcano's or river's alert level
                if label in PERSON_LABELS and len(span) == 1 and "-" in span.text.strip("-") and \
                        all(gazetteer().lookup(part) for part in span.text.split("-")):
                    continue  # "jalan Mamuju-Majene": a route between two places, no person
                if label in PERSON_LABELS and len(span) == 1 and low in _PEOPLES:
                    continue  # "pengungsi Rohingya": a people, which the label scheme has no label for
                if label in PERSON_LABELS and all(_DERIVED_NOUN.match(t.lower_) for t in span):
                    continue  # "Kebakaran melanda ...": a sentence's first noun, no name has its shape
                out.append(Span(doc, s, e, label=label))
        taken = {i for sp in out for i in range(sp.start, sp.end)}
        for (s, e), p in places.items():
            if not taken.intersection(range(s, e)):
                out.append(Span(doc, s, e, label="GPE" if p["feature"] != "region" else "LOC"))
        return out

    # -- canonical names -----------------------------------------------------------------------
    def _canonicalize(self, doc: Doc, ents: list[Span]) -> None:
        persons = [e for e in ents if e.label_ in PERSON_LABELS]
        keys = {id(e): _name_key(e.text) for e in persons}
        for e in ents:
            e._.canonical = e.text
        for e in persons:
            k = keys[id(e)]
            if not k:
                continue
            best = e
            for o in persons:
                ko = keys[id(o)]
                if len(ko) > len(keys[id(best)]) and set(k) <= set(ko) and k[-1] in ko:
                    best = o
            e._.canonical = best.text
        # "Mohamed Hamdan Dagalo, yang dikenal sebagai Hemedti": the nickname is the same person
        at = {e.start: e for e in persons}
        for e in persons:
            k = e.end
            if k < len(doc) and doc[k].text == ",":
                k += 1
            m = _ALIAS_LINK.match(" ".join(t.lower_ for t in doc[k:k + 5]))
            alias = at.get(k + len(m.group(0).split())) if m else None
            if alias is not None and alias is not e:
                for o in persons:
                    if o.text == alias.text:
                        o._.canonical = e._.canonical

    # -- actors --------------------------------------------------------------------------------
    def _country_after(self, doc: Doc, j: int, starts, skip: int = 0, any_place: bool = False) -> tuple[str, int] | None:
        """A country right after token j: ("SYR", end). With ``skip``, up to that many lower-case
        modifiers may come between ("pekerja migran Indonesia", "pasukan khusus Rusia"). With
        ``any_place``, a town or region gives its country too (a body named for it: "Kementerian
        Kesehatan Gaza", "Pemerintah Daerah Valencia").
        ``starts``: the geocoded places by their first token (start -> (end, place))."""
        for k in range(j, min(j + skip, len(doc)) + 1):
            e, p = starts.get(k, (0, {}))
            if p.get("country"):
                if p["feature"] == "country" or any_place:
                    return iso3().get(p["country"], ""), e
                return None
            if k < len(doc) and (not (doc[k].is_alpha and doc[k].is_lower) or doc[k].lower_ in PREPOSITIONS):
                return None  # "bantuan militer ke Ukraina" is no Ukrainian military
        return None

    def _generic_body(self, doc: Doc, s: int, e: int, code: str, starts, body_cc: str | None) -> tuple[str, int]:
        """A lexicon body whose name every country's body has (GENERIC_BODIES) is Indonesia's only
        where no other country is named with it or set by the dateline: "Mahkamah Konstitusi Korea
        Selatan", "Dewan Perwakilan Rakyat AS", "Mahkamah Konstitusi" in a report from Seoul.
        Returns the code and the end of the actor's span (with the country after it)."""
        if doc[s:e].text.lower() not in GENERIC_BODIES:
            return code, e
        cc = self._country_after(doc, e, starts)
        if cc:
            return cc[0] + code[3:], cc[1]
        if body_cc and body_cc != "ID" and iso3().get(body_cc):
            return iso3()[body_cc] + code[3:], e
        return code, e

    @staticmethod
    def _fronted_country(doc: Doc, i: int, starts) -> str | None:
        """The country of a sentence that opens "Di <country>," before token ``i``."""
        if doc.has_annotation("SENT_START"):
            st = doc[i].sent.start
        else:  # (a Doc without sentences: back to the last full stop)
            st = next((k + 1 for k in range(i - 1, -1, -1) if doc[k].text in (".", "!", "?") or doc[k].is_space), 0)
        if doc[st].lower_ != "di" or st + 1 not in starts:
            return None
        e, p = starts[st + 1]
        if p.get("feature") != "country" or e >= i or doc[e].text != ",":
            return None
        return p.get("country")

    def _actors(self, doc: Doc, ents: list[Span], places, ends, matches, long_forms=None,
                not_lexicon=frozenset()) -> list[Actor]:
        """``long_forms``: the starts of bodies spelled out before their acronym, with the acronym,
        whose lexicon code the spelled-out name takes."""
        lex = actor_lexicon()
        long_forms = long_forms or {}
        actors: list[Actor] = []
        counts = Counter()
        for (s, e), p in places.items():
            if p["feature"] == "country" and p["country"]:
                counts[p["country"]] += 1
        dl = doc._.dateline_place
        main_cc = None
        if dl:
            from pantau.link.geo import geocode_name
            g = geocode_name(dl)
            main_cc = g["country"] if g else None
        if main_cc is None and counts:
            main_cc = counts.most_common(1)[0][0]
        # a ministry without its country is the dateline's or the named country's, but no town's: in
        # "Kementerian Luar Negeri ... ditahan di Kuala Lumpur" it is no Malaysian body (no country)
        body_cc = main_cc
        if main_cc is None:  # no dateline, no country named: the country of the places named
            local = Counter(p["country"] for p in places.values() if p.get("country"))
            main_cc = local.most_common(1)[0][0] if local else None
        # countries and seats (from the places)
        for (s, e), p in places.items():
            low = doc[s:e].text.lower()
            if low in lex.get("seat", {}):
                # "di Kuala Lumpur" is where it happened; "ke Tokyo" stays JPNGOV, a visit's target
                # (and "di Yeouido, Seoul", "di Bandara Esenboga, Ankara" place the place or venue
                # before it; but in "Menurut pejabat intelijen Seoul, Pyongyang ..." a clause begins)
                if s > 0 and doc[s - 1].lower_ in LOCATIVE_PREPS or (s > 1 and doc[s - 1].text == "," and any(
                        x.end == s - 1 and x.label_ in ("LOC", "FAC") for x in ents)):
                    continue
                actors.append(Actor(s, e, lex["seat"][low], doc[s:e].text, "seat"))
            elif p["feature"] == "country" and p["country"]:
                actors.append(Actor(s, e, iso3().get(p["country"], p["country"]), doc[s:e].text, "country"))
        # lexicon phrases
        starts = {s: (e, p) for (s, e), p in places.items()}
        named_bodies = {ent.start: ent.end for ent in ents if ent.label_ == "ORG" and
                        doc[ent.start].lower_ in STATE_BODIES and is_cap(doc[ent.start])}
        for match_id, s, e in matches:
            kind = doc.vocab.strings[match_id]
            low = doc[s:e].text.lower()
            code = lex[kind].get(low, "")
            if kind == "agent":
                cc = self._country_after(doc, e, starts, skip=1)
                if not cc and low in lex.get("org", {}):
                    continue  # "TNI", "KKB" with no country after: the org lexicon's full code
                body = named_bodies.get(s)
                if body and body > e and not cc:
                    # a state body named in full: "Kementerian Kesehatan Palestina" (one entity or
                    # two) is Palestine's, and without a country, "Kementerian Luar Negeri" is the
                    # article's country's
                    # (any place inside the name gives its country: "Kementerian Kesehatan Gaza")
                    inside = _country_in(starts, e, body)
                    cc = (inside and (inside[0], max(body, inside[1]))) or \
                        self._country_after(doc, body, starts, any_place=True)
                    through = ends.get(s - 1) if s > 1 and doc[s - 1].lower_ == "melalui" else None
                    if not cc and through and iso3().get(through[1].get("country") or ""):
                        # "Pemerintah Malaysia melalui Kementerian Sumber Daya Alam ...": the body is
                        # the government's that acts through it
                        cc = (iso3()[through[1]["country"]], body)
                    if not cc and doc[s:body].text.lower() not in lex.get("org", {}):
                        # (a body of the org lexicon, "Kementerian Agama", has its own country)
                        # "Di Indonesia, Kementerian Kesehatan mencatat ...": the country the
                        # sentence opens with, before the dateline's
                        cc_ = self._fronted_country(doc, s, starts) or body_cc
                        cc = cc_ and iso3().get(cc_) and (iso3()[cc_], body)
                if cc:
                    actors.append(Actor(s, cc[1], cc[0] + code, doc[s:cc[1]].text, "agent"))
                elif code in LOCAL_AGENTS and main_cc and iso3().get(main_cc):
                    # "Polisi menangkap ..." in a report from Bekasi: the police of the country the
                    # article is set in (its dateline, else the country it names most)
                    actors.append(Actor(s, e, iso3()[main_cc] + code, doc[s:e].text, "agent"))
                else:
                    actors.append(Actor(s, e, code, doc[s:e].text, "agent"))
            elif kind == "title":
                cc = self._country_after(doc, e, starts)
                if cc and code:  # a title without an agent type ("pengamat") names no actor
                    nxt = cc[1]
                    named = nxt < len(doc) and is_cap(doc[nxt]) and not _title_len(doc, nxt, nxt + 1)
                    if not named:  # a role phrase without a name: "Pemimpin Turki", "Presiden Rusia"
                        actors.append(Actor(s, nxt, cc[0] + code, doc[s:nxt].text, "role"))
            elif kind == "org":
                if _venue(doc, s):
                    continue
                code, e = self._generic_body(doc, s, e, code, starts, body_cc)
                actors.append(Actor(s, e, code, doc[s:e].text, "org"))
            elif kind == "pronoun":
                if doc[s].text[0].isupper() or low == "pihaknya" or low == "mereka":
                    actors.append(Actor(s, e, "", doc[s:e].text, "pronoun"))
        # people: country from the title phrase before the name, the leader lexicon, or the article
        body_ends = {e: (s, lex["org"][doc[s:e].text.lower()]) for m, s, e in matches
                     if doc.vocab.strings[m] == "org"}
        person_cc: dict[str, str] = {}
        person_title: dict[str, str] = {}
        for ent in ents:
            if ent.label_ not in PERSON_LABELS:
                continue
            s = ent.start
            cc, agent = None, None
            k = s - 1
            before = ends.get(s)  # the place that ends right before the name ("Arab Saudi")
            if before and before[1]["feature"] == "country":
                cc = iso3().get(before[1]["country"])
                k = before[0] - 1
                sent_from = ends.get(k) if k > 0 and doc[k].lower_ == "untuk" else None
                if sent_from and sent_from[1]["feature"] == "country":
                    # "Duta Besar AS untuk Filipina X": the envoy is the sending country's
                    cc, k = iso3().get(sent_from[1]["country"]), sent_from[0] - 1
            else:  # the office's province, regency or town: "Gubernur Jawa Barat Erwan Setiawan"
                region = ends.get(s) if ends.get(s, (0, {}))[1].get("country") else None
                k0 = region[0] - 1 if region else -1
                if region and doc[region[0]].lower_ in UNIT_WORDS and title_ending(doc, region[0]):
                    k0 = region[0]  # "Wali Kota Bandung X": the title ends inside the place's span
                elif k0 > 0 and doc[k0].lower_ in UNIT_WORDS and not title_ending(doc, k0):
                    k0 -= 1  # "Bupati Kabupaten Sigi" (but "Wali Kota" is a title)
                if k0 >= 0 and title_ending(doc, k0):
                    cc, k = iso3().get(region[1]["country"]), k0
                elif k0 >= 0 and _local_office(doc, k0):
                    cc, agent, k = iso3().get(region[1]["country"]), "GOV", k0
            # (a portfolio may come before the office's country: "Menteri Pelindungan Pekerja Migran Indonesia X")
            k = _before_portfolio(doc, k)
            found = _title_at(doc, k) if k >= 0 else None
            title = found[1] if found else None
            if title:
                agent = lex["title"][title]
                if agent == "MIL" and _police_office_before(doc, found[0]):
                    agent = "COP"  # "Kepala Kepolisian RI Jenderal X": the police's general
                body_country = ends.get(found[0]) if cc is None else None
                if body_country and body_country[1]["feature"] == "country":
                    # a rank after its body and country: "Juru bicara militer Pakistan Letnan Jenderal X"
                    cc = iso3().get(body_country[1]["country"])
                if len(agent) > 3:  # a title with its organisation's full code ("Sekjen PBB": IGOUNO),
                    # unless a country is named with it ("Menteri Agama Pakistan", where the
                    # lexicon's "menteri agama" is Indonesia's)
                    cc, agent = cc or agent[:3], agent[3:]
            elif k >= 0 and (j := _agent_ending(doc, k)) is not None and (cc or (j == k > 0 and title_ending(doc, k - 1))):
                # "Juru bicara Kemlu RI Rizal Pratama", "Juru bicara Kemlu X", "Juru bicara
                # Kementerian Luar Negeri Qatar Majed al-Ansari": the body's type (and without a
                # country named, the article's; but a ministry named in full without its country,
                # "Juru bicara Kementerian Luar Negeri Teuku Faizal", gives no type to reach a town's)
                agent = lex["agent"][doc[j:k + 1].text.lower()]
            elif (made := _appointed_title(doc, ent.end)) is not None:
                # "melantik Purbaya Yudhi Sadewa sebagai Menteri Keuangan": the office given
                agent = lex["title"][made[1]]
                after = self._country_after(doc, made[0], starts)
                cc = after[0] if after else None
                if len(agent) > 3:
                    cc, agent = cc or agent[:3], agent[3:]
            office = _office_body(doc, s, body_ends)
            if office and not (title and len(lex["title"][title]) > 3):
                cc, agent = office[:3], office[3:]  # the body's code over the title's own agent type
            leader = lex.get("leader", {}).get(norm(ent.text)) or lex.get("leader", {}).get(norm(ent.text.split()[-1]))
            canon = ent._.canonical or ent.text
            if cc is None and leader:
                cc, agent = leader[:3], agent or leader[3:]
            if cc is None and agent in ("GOV", "MIL") + tuple(LOCAL_AGENTS) and main_cc:
                # (the country a sentence opens with first: "Di Prancis, Menteri Transisi Ekologi X")
                cc = iso3().get(self._fronted_country(doc, s, starts) or main_cc)
            if cc:
                person_cc.setdefault(canon, cc + (agent or ""))
                if k >= 0:
                    person_title.setdefault(canon, " ".join(t.lower_ for t in doc[max(0, k - 2):k + 1]))
        offices: dict[str, str] = {}  # a regional office's code by its name, once a country set it
        for ent in ents:
            if ent.label_ in PERSON_LABELS:
                canon = ent._.canonical or ent.text
                code = person_cc.get(canon, "")
                ent._.actor_code = code or None
                actors.append(Actor(ent.start, ent.end, code, ent.text, "person", canon))
            elif ent.label_ == "ORG":
                code = None if ent.text in not_lexicon else \
                    lex.get("org", {}).get(ent.text.lower()) or lex.get("org", {}).get(long_forms.get(ent.start))
                if code:
                    code = self._generic_body(doc, ent.start, ent.end, code, starts, body_cc)[0]
                if code and ent.start in long_forms and not any(a.start == ent.start for a in actors):
                    actors.append(Actor(ent.start, ent.end, code, ent.text, "org"))
                if code is None and len(ent) > 1 and _region_len(doc, ent.start + 1, ent.end) == len(ent) - 1:
                    code = lex.get("org", {}).get(ent[0].lower_)  # "BPBD Flores Timur": the body's code
                if code is None and ent[0].lower_ in _DINAS and len(ent) > 1:
                    # (unless a country follows: "Dinas Rahasia AS" is the US Secret Service, and so is
                    # the article's later "Dinas Rahasia")
                    # (or is named in it: "Dinas Keamanan Ukraina" is Ukraine's SBU)
                    inside = _country_in(starts, ent.start + 1, ent.end, countries_only=True)
                    cc = self._country_after(doc, ent.end, starts) or (inside and (inside[0], ent.end))
                    code = cc[0] + "GOV" if cc else offices.get(ent.text, "IDNGOV")
                    offices.setdefault(ent.text, code)
                if code:
                    ent._.actor_code = code
        # role phrases → the person the article gives that role and country
        for a in actors:
            if a.kind == "role":
                role = doc[a.start].lower_
                head = role in HEAD_TITLES
                for canon, code in person_cc.items():
                    if code != a.code:
                        continue
                    title_words = person_title.get(canon, "").split()
                    if head and title_words and title_words[-1] in HEAD_TITLES and "pembantu" not in title_words \
                            and "wakil" not in title_words:
                        a.canonical = canon
                        break
                    if not head and role in title_words:
                        a.canonical = canon
                        break
        # one actor per token range: the longest wins (agent+country over the bare country)
        actors.sort(key=lambda a: (a.start, -(a.end - a.start)))
        out, taken = [], set()
        for a in actors:
            if taken.intersection(range(a.start, a.end)):
                continue
            out.append(a)
            taken.update(range(a.start, a.end))
        at = {i: a for a in out for i in range(a.start, a.end)}  # the actors do not overlap
        for ent in ents:
            a = at.get(ent.start)
            if ent._.actor_code is None and a is not None and a.code and (
                    ent.end <= a.end or ent.label_ == "ORG" and a.kind in ("org", "agent") and len(a.code) >= 6):
                # (a body named after its head: "Pengadilan Negeri Jakarta Selatan" is the court,
                # IDNJUD; "TNI Angkatan Udara" is TNI's)
                ent._.actor_code = a.code
            elif ent._.actor_code is None and ent.label_ == "ORG" and len(ent) > 1:
                a = at.get(ent.end - 1)
                if a is not None and a.end == ent.end and a.kind == "org" and len(a.code) >= 6:
                    ent._.actor_code = a.code  # a part of a body named after it: "Komisi VII DPR" is the DPR's
        return out

    def __call__(self, doc: Doc) -> Doc:
        places = self._places(doc)
        ends = place_ends(places)
        # an NER that ran marks every token (O outside entities), also where it found nothing: then the
        # capitalised-run fallback only adds titled names and known bodies, as beside the NER's entities
        has_ner = doc.has_annotation("ENT_IOB")
        if has_ner:
            ents = self._repair(doc, places, ends)
            taken = {i for sp in ents for i in range(sp.start, sp.end)}
            lex = actor_lexicon()
            fallback = self._fallback_entities(doc, places)
            person_starts = {sp.start for sp in fallback if sp.label_ == "PER"}
            place_spans = PlaceSpans(places)
            for sp in fallback:
                if taken.intersection(range(sp.start, sp.end)):
                    continue
                # a name right after a title, or after the title's country or region: "Menteri Luar
                # Negeri RI Sugiono", where the NER found "RI" and missed the name
                at = ends[sp.start][0] if sp.start in ends else sp.start
                if at > 1 and doc[at - 1].lower_ == "untuk" and at - 1 in ends:
                    at = ends[at - 1][0]  # "Duta Besar China untuk Indonesia Lu Kang": the envoy's title
                titled = at > 0 and (_title_at(doc, at - 1) is not None or _before_portfolio(doc, at - 1) != at - 1)
                office = any(o.end == sp.start and _titled_org(doc, o) for o in ents)
                b = None
                if sp.label_ == "PER" and titled:
                    b = _named_before_then_name(doc, sp.start, sp.end, place_spans,
                                                {o.text for o in ents if o.end <= sp.start and o.label_ == "ORG"})
                    if b is None and _unknown_body_then_name(doc, sp.start, sp.end, place_spans) == (sp.start + 1,) * 2:
                        b = sp.start + 1  # "Pemimpin [AfD] [Alice Weidel]": an acronym, then the name
                if b is not None:  # "Pemimpin [Chadema] [Tundu Lissu]" after "partai oposisi Chadema"
                    ents.extend([Span(doc, sp.start, b, label="ORG"), Span(doc, b, sp.end, label="PER")])
                elif (sp.label_ == "PER" and (titled or office or norm(sp.text) in lex.get("leader", {}))) or \
                        (sp.label_ == "ORG" and (sp.text.lower() in lex.get("org", {})
                                                 or english_org_end(doc, sp.start) == sp.end)):
                    ents.append(sp)
                elif sp.label_ == "ORG" and len(sp) >= 2 and (
                        doc[sp.start].lower_ in STATE_BODIES or
                        (sp.end in person_starts and any(t.lower_ in STATE_BODIES for t in sp))):
                    # "Kementerian Luar Negeri", which the NER misses at a sentence's start, and a
                    # unit of a state body before its head's name ("Pusat Kesehatan Haji Kementerian
                    # Kesehatan Liliek ...")
                    ents.append(sp)
                elif sp.label_ == "ORG" and doc[sp.start].lower_ in _DINAS and len(sp) >= 2:
                    # "Dinas Kesehatan Provinsi | Jawa Barat": a regional office, its place apart
                    e = sp.end
                    while e - sp.start > 2 and doc[e - 1].lower_ in UNIT_WORDS:
                        e -= 1
                    b = _named_before_then_name(doc, sp.start, e, place_spans,
                                                {o.text for o in ents if o.end <= sp.start and o.label_ == "ORG"})
                    if b is not None:  # "Direktur [Dinas Rahasia] [Kimberly Cheatle]"
                        ents.extend([Span(doc, sp.start, b, label="ORG"), Span(doc, b, e, label="PER")])
                        continue
                    ents.append(Span(doc, sp.start, e, label="ORG"))
        else:
            ents = self._fallback_entities(doc, places)
        # the lexicon's phrases, matched once on the tokens (entities do not change them)
        matches = self.matcher(doc)
        ents.extend(self._known_bodies(doc, ents, matches))
        ents = _names_after_offices(doc, filter_spans(ents)) if has_ner else filter_spans(ents)
        ents = _org_tail_to_name(doc, ents)
        ents = _join_name_prefix(doc, _join_apostrophe_names(doc, _join_abbreviated_names(doc, ents)))
        ents = _comma_named_bodies(doc, _listed_fields(doc, ents, places))
        ents, not_lexicon, long_forms = _spelled_out_bodies(doc, ents, spelled_out_acronyms(doc))
        ents = _short_name_after_body(doc, ents)
        ents = _consistent_persons(doc, ents, places)
        ents = [Span(doc, e.start, e.end, label="EVT") if e.label_ != "EVT" and _named_event(doc, e) else e for e in ents]
        ents = _designated_list(doc, _buildings_and_companies(doc, _named_things(doc, ents)))
        common = common_noun_acronyms(doc_text(doc))
        initials = _initials_tokens(doc)
        ents = [e for e in ents if e.text not in common and not initials.intersection(range(e.start, e.end))]
        _drop_places_at(doc, initials)
        doc.ents = ents
        ents = list(doc.ents)
        _drop_places_in_names(doc, ents, long_forms)
        self._canonicalize(doc, ents)
        matches = [m for m in matches if doc[m[1]:m[2]].text not in not_lexicon]
        actors = self._actors(doc, ents, places, ends, matches, long_forms, not_lexicon)
        for a in actors:  # role phrases that are entities get the person's canonical name
            if a.kind == "role" and a.canonical:
                for ent in ents:
                    if ent.start >= a.start and ent.end <= a.end and ent.label_ in PERSON_LABELS:
                        ent._.canonical = a.canonical
        doc._.pantau_actors = actors
        return doc


# English words that end a building's name: "Glodok Plaza", "Pacific Place Mall", "Menara Tower"
BUILDING_SUFFIXES = {"plaza", "mall", "tower", "towers", "square", "residence", "arena"}


def _buildings_and_companies(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names the NER reads as people that are a building ("kebakaran gedung Glodok Plaza"), a company
    the article named with its "PT" before ("PT Pertamina (Persero)" ... "Pertamina membantah") or
    a body of the state ("Kongres Peru memakzulkan ...")."""
    companies = {e[1:].text for e in ents if e.label_ == "ORG" and len(e) >= 2 and e[0].text.lower().rstrip(".") in
                 ("pt", "cv")}
    agents = actor_lexicon().get("agent", {})
    return [Span(doc, e.start, e.end, label="LOC") if e.label_ in PERSON_LABELS and len(e) >= 2 and
            e[-1].lower_ in BUILDING_SUFFIXES and is_cap(e[-1]) else
            Span(doc, e.start, e.end, label="ORG") if e.label_ in PERSON_LABELS and (
                e.text in companies or (e[0].lower_ in agents and not _title_len(doc, e.start, e.end))) else e
            for e in ents]


def _designated_list(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name listed right after a unit's designator and its first name is another unit of that kind,
    not a person: "di distrik Nurgal dan Chawkay", "Desa Supiturang, Sumberwuluh dan Oro-oro Ombo" (but
    "Camat Cibinong, Yayan Sopyan" is the office-holder set off by a comma)."""
    ends = {e.end: k for k, e in enumerate(ents)}
    out = list(ents)
    for k, e in enumerate(ents):
        if e.label_ not in PERSON_LABELS or len(e) > 2 or e.start < 3 or doc[e.start - 1].lower_ not in ("dan", "serta"):
            continue
        prev = out[ends[e.start - 1]] if e.start - 1 in ends else None
        while prev is not None and prev.label_ in ("GPE", "LOC") and prev.start >= 2 and \
                doc[prev.start - 1].text == "," and prev.start - 1 in ends:
            prev = out[ends[prev.start - 1]]  # back along the list to its first name
        if prev is None or prev.label_ not in ("GPE", "LOC") or norm(e.text) in actor_lexicon().get("leader", {}):
            continue
        designated = prev[0].lower_ in LOCAL_WORDS or prev[0].lower_ in ADMIN1_WORDS or (
            prev.start > 0 and (doc[prev.start - 1].lower_ in LOCAL_WORDS or doc[prev.start - 1].lower_ in ADMIN1_WORDS))
        if designated:
            out[k] = Span(doc, e.start, e.end, label=prev.label_)
    return out


STORM_WORDS = {"topan", "badai", "siklon", "taifun", "hurikan"}


def _named_things(doc: Doc, ents: list[Span]) -> list[Span]:
    """The NER's person right after a capitalised word for a named thing is that thing, an event:
    "Badai [Daniel]", "Operasi [Lilin]". A storm named once with its word ("Badai Melissa menghantam
    Jamaika") is that storm where the article names it alone ("Melissa melemah menjadi badai
    kategori 3"), not a person; its first mention is an event where the NER found nothing there.
    (Not inside a name: "Pusat Badai Nasional".)"""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = [Span(doc, e.start - 1, e.end, label="EVT") if e.label_ in PERSON_LABELS and e.start > 0 and
           e.start - 1 not in taken and is_cap(doc[e.start - 1]) and doc[e.start - 1].lower_ in NAMED_THINGS
           else e for e in ents]
    taken = {i for e in out for i in range(e.start, e.end)}
    names, first_mentions = set(), []
    for i in range(len(doc) - 1):
        if doc[i].lower_ in STORM_WORDS and is_cap(doc[i]) and is_cap(doc[i + 1]) and doc[i + 1].is_alpha \
                and (i == 0 or doc[i].is_sent_start or not is_cap(doc[i - 1])) \
                and doc[i + 1].lower_ not in STORM_WORDS and not is_common_word(doc[i + 1].lower_):
            names.add(doc[i + 1].text)
            if i not in taken and i + 1 not in taken:
                first_mentions.append(Span(doc, i, i + 2, label="EVT"))
    if not names:
        return out
    return sorted((Span(doc, e.start, e.end, label="EVT") if e.label_ in PERSON_LABELS and e.text in names else e
                   for e in out + first_mentions), key=lambda e: e.start)


def _consistent_persons(doc: Doc, ents: list[Span], places) -> list[Span]:
    """A name the article gives a person is that person elsewhere too, unless it was geocoded there:
    the NER read "Luong Cuong mengatakan ..." as a place after "Presiden Vietnam Luong Cuong". The
    first or last word of a person's full name is that person too where the NER took it alone for a
    town abroad ("karena Carolina harus mundur" after "Carolina Marin": not Carolina, Puerto Rico),
    but not after a preposition of place, and never a country or province."""
    def appointed(e: Span) -> bool:  # to an office: "melantik Purbaya Yudhi Sadewa sebagai Menteri Keuangan"
        return e.label_ not in PERSON_LABELS and len(e) >= 2 and (e.start, e.end) not in places and \
            _appointed_title(doc, e.end) is not None and not any(t.lower_ in ORG_WORDS for t in e) and \
            e.text.lower() not in actor_lexicon().get("org", {})

    ents = [Span(doc, e.start, e.end, label="PER") if appointed(e) else e for e in ents]
    names = {e.text for e in ents if e.label_ in PERSON_LABELS}
    parts = {w for e in ents if e.label_ in PERSON_LABELS and len(e) >= 2 for w in (e[0].text, e[-1].text)
             if w[:1].isupper() and not is_common_word(w)}

    def person(e: Span) -> bool:
        if e.label_ in PERSON_LABELS:
            return False
        if e.text in names and (e.start, e.end) not in places:
            return True
        place = places.get((e.start, e.end))
        return len(e) == 1 and e.text in parts and e.label_ != "ORG" and \
            not (e.start > 0 and doc[e.start - 1].lower_ in PREPOSITIONS) and \
            (place is None or place["feature"] not in ("country", "admin1", "admin2", "region"))
    return [Span(doc, e.start, e.end, label="PER") if person(e) else e for e in ents]


_INITIALS = re.compile(r"[A-Z]{1,4}")
_INITIALS_CUES = {"berinisial", "inisial", "inisialnya"}
# people whose initials the news sets off in commas after them: "Tersangka lain, AS, diduga ..."
_INITIALS_HOLDERS = {"tersangka", "pelaku", "korban", "terdakwa", "terpidana", "terduga", "saksi", "buronan"}


def _initials_tokens(doc: Doc) -> set[int]:
    """Tokens that are a suspect's or victim's initials, which Indonesian crime news gives instead of
    names: "tersangka berinisial AS (34), RH (29) dan MN", "korban, JS (12)". They look like
    acronyms, and "AS" is the United States to the NER and the gazetteer. Hand-written: the
    "berinisial" list, the "(age)" after initials and initials set off after "tersangka" ("Tersangka
    lain, AS, diduga ...") are conventions of Indonesian reporting."""
    n = len(doc)
    out = {i for i in range(n - 3) if _INITIALS.fullmatch(doc[i].text) and doc[i + 1].text == "("
           and doc[i + 2].like_num and len(doc[i + 2].text) <= 2 and doc[i + 3].text == ")"}
    out.update(i for i in range(2, n - 1) if _INITIALS.fullmatch(doc[i].text) and doc[i - 1].text == ","
               and doc[i + 1].text == "," and any(t.lower_ in _INITIALS_HOLDERS for t in doc[max(0, i - 4):i - 1]))
    for i, tok in enumerate(doc):
        if tok.lower_ not in _INITIALS_CUES:
            continue
        j = i + 1
        while j < n and (_INITIALS.fullmatch(doc[j].text) or (j > i + 1 and (
                doc[j].text in {",", "(", ")"} or doc[j].like_num or doc[j].lower_ in {"dan", "serta"}))):
            if _INITIALS.fullmatch(doc[j].text):
                out.add(j)
            j += 1
    return out


def _drop_places(doc: Doc, wrong) -> None:
    """Forget geocoded places that ``wrong(start, end, place)`` says are no place mention."""
    spans = doc._.pantau_place_spans or []
    keep = [sp for sp in spans if not wrong(*sp)]
    if len(keep) < len(spans):
        doc._.pantau_place_spans = keep
        doc._.places = [p for _s, _e, p in keep]


def _drop_places_at(doc: Doc, tokens: set[int]) -> None:
    """A geocoded place on a suspect's initials ("AS") is no place mention."""
    _drop_places(doc, lambda s, e, _p: bool(tokens.intersection(range(s, e))))


def _drop_places_in_names(doc: Doc, ents: list[Span], long_forms=()) -> None:
    """A gazetteer match inside a person's name ("Bahri" in "Syamsul Bahri", a town in Sudan), a
    company's or a body's spelled out before its acronym ("Papua Barat" in "Tentara Pembebasan
    Nasional Papua Barat (TPNPB)") is not a place mention. The geocoder runs first and cannot tell;
    the repaired entities can."""
    persons = [(e.start, e.end) for e in ents if e.label_ in PERSON_LABELS or e.label_ == "EVT"
               or e.label_ == "ORG" and (_company(e) or e.start in long_forms)]
    # a hospital named for the country that built it ("Rumah Sakit Indonesia" in Gaza, "Rumah Sakit
    # Bersalin Saudi" in El Fasher) is not in that country
    hospitals = [(e.start, e.end) for e in ents if e.label_ == "ORG" and len(e) >= 2 and
                 (e[0].lower_ == "rs" or e[:2].text.lower() == "rumah sakit")]
    _drop_places(doc, lambda s, e, p: any(a <= s and e <= b for a, b in persons) or (
        p["feature"] == "country" and any(a < s and e <= b for a, b in hospitals)))


def _country_in(starts, a: int, b: int, countries_only: bool = False) -> tuple[str, int] | None:
    """(ISO3 code, end) of the first place starting in tokens a..b-1 whose country is known (only a
    country's name with ``countries_only``); ``starts`` maps a place's start to (end, place)."""
    return next(((iso3()[starts[k][1]["country"]], starts[k][0]) for k in range(a, b) if k in starts
                 and iso3().get(starts[k][1].get("country") or "")
                 and (not countries_only or starts[k][1].get("feature") == "country")), None)


def _company(ent: Span) -> bool:
    """A company's legal name ("PT Bank Central Asia Tbk", "PT Indonesia Asahan Aluminium (Persero)"):
    the places in it are part of the brand, not where anything happened."""
    first, last = ent[0].text.lower().rstrip("."), ent[-1].text.lower().strip("().")
    return first in ("pt", "cv") or last in ("tbk", "persero")


@Language.factory("pantau_entities")
def make_entity_linker(nlp: Language, name: str) -> EntityLinker:
    return EntityLinker(nlp)
