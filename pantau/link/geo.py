"""Geocoding: place mentions in the text → gazetteer places (``doc._.places``).

Candidates come from the NER's GPE/LOC/FAC entities when the pipeline has NER, and always from
capitalised token runs looked up in the gazetteer (longest match first), so that the component
works on a blank pipeline too. Ambiguous names are resolved by context: the dateline place
(``doc._.dateline_place``, which is not in the text), the countries and provinces the article
mentions unambiguously, a place-type word before the name (Provinsi, Kabupaten, Kota), feature
type and population, and a small prior for Indonesia (Pantau reads Indonesian news). A place
followed by the unit it lies in ("Cipinang, Jakarta Timur") is its namesake in that unit, or, when
the gazetteer has none there, a village or quarter it lacks, and is left out.

The NER's place spans are trusted as wholes, not word by word: a gazetteer match inside one counts
only where the rest of the span is place-type words ("Provinsi Idlib") or the match is big and
unambiguous, as inside any longer name. Place-type words, month names, lower-case words and street
names never count ("Kota", "Juli", "rumah", "Jalan Medan Merdeka"). The entity linker, which runs
next, drops matches that end up inside a person's name ("Syamsul Bahri").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from pantau.extract._lex import number_words
from pantau.extract.dates import DAYS, MONTHS
from pantau.link.gazetteer import Place, exonym_names, gazetteer
from pantau.link.lexicon import actor_lexicon, is_common_word, norm
from pantau.nlp.places import ADMIN_WORDS, FEATURE_WORDS, curated_place, is_uncased

for _name in ("places", "dateline_place", "published", "dates"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("pantau_place_spans"):
    Doc.set_extension("pantau_place_spans", default=None)

# Words before a name that say which kind of place it is.
ADMIN1_WORDS = {"provinsi", "prov", "prov.", "propinsi", "kegubernuran", "negara bagian", "prefektur"}
LOCAL_WORDS = {"kabupaten", "kab", "kab.", "kota", "kecamatan", "kec", "kec.", "desa", "kelurahan", "distrik",
               "kampung", "dusun", "nagari", "gampong"}
GEO_WORDS = {"pulau", "teluk", "gunung", "selat", "danau", "sungai", "tanjung", "laut"}
# a river or strait is named for a town it passes, but its reports are not the town's (a mountain's,
# a lake's or a bay's namesake town is where it is: "Gunung Lewotobi", "Teluk Jakarta")
FEATURE_NAME_WORDS = {"sungai", "selat"}
COMPASS_WORDS = {"utara", "selatan", "barat", "timur", "tengah", "pusat", "raya"}  # also "Jakarta Pusat"
# A place-type, facility or compass word is never a place by itself, even inside an NER place span:
# "Kota" in "Kota Banjarmasin" is not Kota (Rajasthan), "Pasar" in "Pasar Terong" not a village.
TYPE_WORDS = GEO_WORDS | ADMIN1_WORDS | LOCAL_WORDS | COMPASS_WORDS | ADMIN_WORDS | FEATURE_WORDS
# Units the gazetteer carries by name (not villages or districts: "Kelurahan Tegal Gundil" is not Tegal).
UNIT_WORDS = {"provinsi", "prov", "prov.", "propinsi", "kabupaten", "kab", "kab.", "kota", "kotamadya"}
# Units below a regency: the gazetteer has few of them, so a name after one is often a namesake elsewhere.
SUBUNIT_WORDS = {"kecamatan", "kec", "kec.", "desa", "ds.", "kelurahan", "kel.", "kampung", "dusun", "nagari",
                 "gampong", "distrik"}
# Designators of units that only Indonesia has (a foreign "distrik" or "desa" is written so too).
ID_SUBUNIT_WORDS = {"kecamatan", "kec", "kec.", "kelurahan", "kel.", "nagari", "gampong"}
# Streets are named after places elsewhere: "Jalan Medan Merdeka Barat" (Jakarta) is not Medan.
STREET_WORDS = {"jalan", "jl", "jl.", "jln", "jln.", "gang", "gg", "gg."}
# Buildings are named after people, ideas and small places as well as towns: the name after one is
# its town only where that is a town of note ("Istana Bogor"), not a village ("Istana Merdeka" is no
# Merdeka in Nusa Tenggara Timur).
BUILDING_WORDS = {"istana", "masjid", "gereja", "pura", "candi", "gedung", "stadion", "taman", "lapangan", "monumen",
                  "katedral", "klenteng", "vihara", "museum", "hotel", "wisma"}
# the least population of a town a name after one of these words can be
TOWN_AFTER = {**dict.fromkeys(BUILDING_WORDS, 15_000), **dict.fromkeys(FEATURE_NAME_WORDS, math.inf)}
# Month and day names, capitalised like names, are never places alone ("1 Juli", "hingga Mei").
NEVER_ALONE = TYPE_WORDS | set(MONTHS) | set(DAYS)
# Heads of a region: the words after them name the region they govern ("Bupati Agam Benni Warlis"),
# even inside the NER's person span.
# Police, military and prosecution commands are named for their region too ("Kapolres Cianjur",
# "Dandim Sleman", "Kajati Jawa Timur").
REGION_HEADS = {"gubernur", "bupati", "walikota", "camat", "lurah", "kapolda", "kapolres", "kapolresta",
                "kapolrestabes", "kapolsek", "wakapolda", "wakapolres", "pangdam", "danrem", "dandim",
                "kajati", "kajari"}
PREPS = {"di", "ke", "dari", "menuju", "dekat", "sekitar", "wilayah", "daerah", "kawasan", "perbatasan"}
MOTION_PREPS = {"di", "ke", "dari", "menuju"}
# Currency names: the country after one ("dolar AS", "ringgit Malaysia") names the money, not a place.
CURRENCY_WORDS = {"dolar", "ringgit", "yen", "yuan", "euro", "rupee", "rupiah", "won", "peso", "pound",
                  "poundsterling", "franc", "riyal", "dirham", "baht", "dong", "rubel", "lira"}
# Words whose name follows them and is no place: "operasi Ketupat" (a police operation), "Operasi
# Lilin", and storms and winds ("Topan Yagi", "Badai Daniel", "angin Santa Ana"): named events
NAMED_THINGS = {"operasi", "topan", "badai", "siklon", "taifun", "angin"}
# a word before a place name that makes it no place (and a train's: "kereta ekspres Coromandel")
NOT_PLACE_BEFORE = CURRENCY_WORDS | NAMED_THINGS | {"ekspres"}
# Craft, ships and weapons are named for towns too ("helikopter Black Hawk", "rudal Tomahawk"): a town's
# name after one is the model (a country's stays its maker: "pesawat Rusia")
MODEL_BEFORE = {"helikopter", "pesawat", "jet", "rudal", "drone", "tank",
                "km", "kmp", "kri", "mv", "mt"}  # and ships: "KM Barcelona V", "KRI Nanggala"
MODEL_KINDS = {"militer", "tempur", "serbu", "angkut", "pengebom", "nirawak", "balistik", "jelajah", "penumpang"}
NAME_CONNECTORS = re.compile(r"^(al|el|ad|as|ar|an|asy|at|az|ash)-\w", re.I)
# Heads of English organisation names that are also towns (Center, Ohio; Institute, West Virginia):
# "Center of Economic and Law Studies", "Institute for Development of Economics and Finance".
ENGLISH_ORG_HEADS = {"center", "centre", "institute", "council", "foundation", "association", "society",
                     "forum", "committee", "office", "bureau"}


# English words after a name that make it a building's ("Hyderabad House", "Lancaster House")
ENGLISH_BUILDING_TAILS = {"House", "Hall", "Palace", "Mansion", "Lodge"}


def english_org_end(doc: Doc, i: int) -> int | None:
    """The end of an English organisation's name that starts at token i ("Center of Economic and
    Law Studies"), or None: a head of ENGLISH_ORG_HEADS, then "of"/"for" and capitalised words
    (with "and", "of", "the", "&" between them)."""
    if doc[i].lower_ not in ENGLISH_ORG_HEADS or not doc[i].text[:1].isupper() or i + 2 >= len(doc) or \
            doc[i + 1].lower_ not in ("of", "for") or not doc[i + 2].text[:1].isupper():
        return None
    j = i + 2
    while j < len(doc) and (doc[j].text[:1].isupper() or (
            doc[j].lower_ in ("and", "of", "the", "&", "for") and j + 1 < len(doc) and doc[j + 1].text[:1].isupper())):
        j += 1
    return j


def is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or bool(NAME_CONNECTORS.match(t))) and any(c.isalpha() for c in t)


def cap_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with name connectors such as al-, bin, and the English
    possessive of "Cox's Bazar"), as token ranges."""
    runs, i, n = [], 0, len(doc)
    while i < n:
        if is_cap(doc[i]):
            j = i + 1
            while j < n and (is_cap(doc[j]) or (doc[j].lower_ in ("bin", "binti", "van", "de", "da", "al", "el",
                                                                  "'s", "’s")
                                              and j + 1 < n and is_cap(doc[j + 1]))):
                if doc[j - 1].text in (",", ".", ":", ";") or doc[j].is_sent_start:
                    break
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


@dataclass
class Candidate:
    start: int  # token indices
    end: int
    places: list[Place]
    prefix: str = ""  # place-type word before the name, lower-case
    scores: list[float] = field(default_factory=list)


def _sentence_initial(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or doc[i - 1].text in ("\n", "\n\n", '"', "“", "(") or doc[i - 1].is_space


def _acceptable(doc: Doc, start: int, end: int, places: list[Place], whole_run: bool, governed: bool) -> bool:
    """``governed``: the place follows a regional head's title (``_governed``)."""
    key = norm(doc[start:end].text)
    trusted = key in exonym_names() or any(p.feature in ("country", "admin1") and p.primary for p in places)
    located = _located(doc, start) or governed
    if end - start == 1:
        word = doc[start].text
        if word.isupper() and len(word) <= 3 and not trusted:
            return False  # acronyms are organisations more often than places
        if is_common_word(word) and not trusted and not located:
            return False
        if _sentence_initial(doc, start) and is_common_word(word) and not located:
            return False
    if not whole_run and not trusted and not governed:
        # Inside a longer name ("Yasar Guler", "Universitas Indonesia"), only big, unambiguous places count.
        return _big(places)
    return True


def _common_noun_opening(doc: Doc, i: int, j: int, places: list[Place]) -> bool:
    """A sentence's first word, often written in lower case and followed by a lower-case word, that
    the NER or the capitalised run took for a place: "Bank sentral memperkirakan" is no Bānk in
    India (a town of note opening the sentence is the town: "Padang diguncang gempa")."""
    if j != i + 1 or not _sentence_initial(doc, i) or j >= len(doc) or not doc[j].is_alpha or \
            not doc[j].is_lower or _big(places, 100_000):
        return False
    return is_common_word(doc[i].text, max_capitalised=0.5)


def _looks_like_name(doc: Doc, start: int, end: int, uncased: bool) -> bool:
    """Checks that hold for every candidate, the NER's places included: a lone place-type word
    ("Kota" in "Kota Banjarmasin") or month or day name is not a place, nor a lower-case word in
    cased text ("rumah" in the NER's "rumah sakit"), nor a word that takes the clitic -nya
    ("Medannya" = its terrain; names do not)."""
    if end - start == 1 and doc[start].lower_ in NEVER_ALONE:
        return False
    if not uncased and not is_cap(doc[start]):
        return False
    return not (end < len(doc) and doc[end].lower_ == "nya" and not doc[end - 1].whitespace_)


def _relations_with(doc: Doc, i: int) -> bool:
    """Whether token i follows "hubungan (diplomatik) dengan": ties with a capital's government."""
    return doc[i - 1].lower_ == "dengan" and any(t.lower_ == "hubungan" for t in doc[max(0, i - 4):i - 1])


def find_candidates(doc: Doc) -> list[Candidate]:
    gaz = gazetteer()
    blocked: set[int] = set()
    allowed: list[tuple[int, int]] = []
    orgs_whole: set[tuple[int, int]] = set()
    persons_after_prep: set[tuple[int, int]] = set()
    org_ends: set[int] = set()
    lone_names: dict[tuple[int, int], str] = {}
    name_words: set[str] = set()
    place_named: set[tuple[int, int]] = set()
    after_unit: set[tuple[int, int]] = set()  # the NER's persons right after "provinsi", "kota" ...
    orgs = actor_lexicon().get("org", {})
    known_orgs: set[int] = set()  # tokens of NER entities that are bodies of the actor lexicon
    if doc.has_annotation("ENT_IOB"):
        for ent in doc.ents:
            if ent.text.lower() in orgs:
                known_orgs.update(range(ent.start, ent.end))  # "Uni Eropa", whatever the NER's label
            if ent.label_ in ("PER", "PERSON", "PPL", "ORG", "IND"):
                blocked.update(range(ent.start, ent.end))
                if ent.label_ == "ORG":
                    orgs_whole.add((ent.start, ent.end))
                    org_ends.add(ent.end)
                    if len(ent) > 2 and ent[0].text.isupper() and ent[0].lower_ in orgs:
                        org_ends.add(ent.start + 1)  # "BPBD" of the NER's "BPBD Samarinda Suwarso"
                elif ent.start > 0 and (doc[ent.start - 1].lower_ in MOTION_PREPS or _relations_with(doc, ent.start)):
                    persons_after_prep.add((ent.start, ent.end))
                if ent.label_ != "ORG" and ent.start > 0 and doc[ent.start - 1].lower_ in UNIT_WORDS:
                    after_unit.add((ent.start, ent.end))
                if len(ent) == 1:
                    lone_names[(ent.start, ent.end)] = ent.text
                else:
                    name_words.update(t.text for t in ent)
            elif ent.label_ in ("GPE", "LOC", "FAC", "PLC", "PLACE"):
                allowed.append((ent.start, ent.end))
        # one sense per article: a lone word the NER reads as a place in one sentence and as a person
        # or body in another ("banjir di kota Derna" ... "30.000 warga Derna") is that place, unless
        # it is part of a longer name there
        ner_places = set()
        for a, b in allowed:  # "kota Derna", "Libya timur": the name without lower-case words around it
            while a < b and not is_cap(doc[a]):
                a += 1
            while b > a and not is_cap(doc[b - 1]):
                b -= 1
            ner_places.add(doc[a:b].text)
        place_named = {span for span, text in lone_names.items() if text in ner_places and text not in name_words}
    # a lone name the NER read as a person or body between places of a list: "Kyiv, Odesa dan Lviv"
    place_starts, place_ends_ = {a for a, _ in allowed}, {b for _, b in allowed}
    listed = {span for span in lone_names if _in_place_list(doc, *span, place_starts, place_ends_)}
    runs = cap_runs(doc) + allowed
    ner_at = {k: (a, b) for a, b in allowed for k in range(a, b)}  # the NER's spans never overlap
    uncased = is_uncased([t.text for t in doc if not t.is_space])
    out: list[Candidate] = []
    taken: set[int] = set()
    for rs, re_ in sorted(set(runs), key=lambda r: (r[0], -(r[1] - r[0]))):
        if doc[rs:re_].text.lower() in orgs:
            continue  # "Uni Eropa", "Liga Arab": organisations, not places
        i = rs
        while i < re_:
            if i in taken:
                i += 1
                continue
            found = None
            for j in range(min(re_, i + gaz.max_tokens), i, -1):
                places = gaz.lookup(doc[i:j].text)
                if places:
                    found = (j, places)
                    break
            if found is None:
                i += 1
                continue
            j, places = found
            if doc[i:j].text.lower() in orgs or known_orgs.intersection(range(i, j)) or \
                    (i > 0 and is_cap(doc[i - 1]) and doc[i - 1:j].text.lower() in orgs):  # "Uni | Eropa"
                i = j  # "Biro Politik Hamas": the organisation, not Hamm in Germany
                continue
            if _numeral(doc, i, j):
                i = j  # "Lima di antaranya luka berat": five of them, not Lima in Peru
                continue
            if english_org_end(doc, i):
                i = j  # "Center of Economic and Law Studies": a think tank, not Center in Ohio
                continue
            if j < len(doc) and doc[j].text in ENGLISH_BUILDING_TAILS:
                i = j + 1  # "Hyderabad House" (in New Delhi), "Blair House": a building named for a town
                continue
            # the NER's place span around the match, else the capitalised run
            ner = ner_at.get(i)
            ner = ner if ner and j <= ner[1] else None
            ss, se = ner or (rs, re_)
            least = TOWN_AFTER.get(doc[i - 1].lower_) if i > ss else None
            if least is not None:
                # a building is named for a town of note ("Istana Bogor"), a river never for the town
                # ("Sungai Guadalupe"; a whole name, "Sungai Penuh", matches from its first word)
                places = [p for p in places if p.feature != "city" or p.population >= least]
                if not places:
                    i = j
                    continue
            if doc[ss].lower_ in ID_SUBUNIT_WORDS and ss < i:
                # "Kecamatan Sungai Pinang" (Samarinda) is no Penang: a district's or village's name
                # starts right after its designator, and the unit is Indonesian
                places = [p for p in places if p.country == "ID"] if i == ss + 1 else []
                if not places:
                    i += 1
                    continue
            # "Kota Banjarmasin" at the head of the NER's "Kota Banjarmasin Syamsul Bahri": a
            # designator before the name makes it an administrative unit's whole name
            # (and "Hodeidah" in the NER's "Laut Merah dekat Hodeidah": the NER ran over a preposition)
            whole = (i == ss and j == se) or _only_place_words(doc, ss, i, j, se, uncased) or \
                (i > ss and (doc[i - 1].lower_ in UNIT_WORDS or doc[i - 1].text in PREPS))
            governed = _governed(doc, i, places) or _body_region(doc, i, places, org_ends)
            trusted = norm(doc[i:j].text) in exonym_names() or any(p.feature == "country" for p in places) \
                or governed or ((i, j) in orgs_whole and _big(places)) \
                or ((i, j) in persons_after_prep and _big(places, 100_000)) or (i, j) in place_named \
                or ((i, j) in after_unit and any(p.feature in ("admin1", "admin2", "city") for p in places)) \
                or ((i, j) in listed and _big(places, 100_000))
            if not _looks_like_name(doc, i, j, uncased) or (blocked.intersection(range(i, j)) and not trusted) or \
                    (not trusted and _common_noun_opening(doc, i, j, places)) or \
                    (i > 0 and doc[i - 1].lower_ in NOT_PLACE_BEFORE) or \
                    (_after_model_word(doc, i) and not any(p.feature == "country" for p in places)) or \
                    any(doc[k].lower_ in STREET_WORDS for k in range(ss, i)) or \
                    not ((i, j) == ner or _acceptable(doc, i, j, places, whole, governed)):
                i += 1
                continue
            prefix = doc[i - 1].lower_ if i > 0 else ""
            if prefix == "bagian" and i > 1 and doc[i - 2].lower_ == "negara":
                prefix = "negara bagian"  # "negara bagian Odisha": a state
            out.append(Candidate(i, j, places, prefix))
            taken.update(range(i, j))
            i = j
    return sorted(out, key=lambda c: c.start)


def _after_model_word(doc: Doc, i: int) -> bool:
    """A craft's or weapon's word right before token i, perhaps with one modifier ("helikopter militer")."""
    return (i > 0 and doc[i - 1].lower_ in MODEL_BEFORE) or (
        i > 1 and doc[i - 2].lower_ in MODEL_BEFORE and doc[i - 1].lower_ in MODEL_KINDS)


_LIST_LINKS = {",", "dan", "atau", "serta"}


def _in_place_list(doc: Doc, i: int, j: int, place_starts: set[int], place_ends: set[int]) -> bool:
    """doc[i:j] is an item of a list whose item before or after it is one of the NER's places."""
    before = i >= 2 and doc[i - 1].lower_ in _LIST_LINKS and i - 1 in place_ends
    after = j + 1 < len(doc) and doc[j].lower_ in _LIST_LINKS and j + 1 in place_starts
    return before or after


def _numeral(doc: Doc, i: int, j: int) -> bool:
    """A number word ("Lima", "Enam") is a place only where a place is expected: after a
    preposition or designator, or before ", <country>" ("Lima, Peru")."""
    if j != i + 1 or doc[i].lower_ not in number_words():
        return False
    country = j + 1 < len(doc) and doc[j].text == "," and curated_place(doc[j + 1].text) == "GPE"
    return not (_located(doc, i) or country)


def _located(doc: Doc, i: int) -> bool:
    """Token i follows a preposition or a place designator, where a place is expected."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    return prev in PREPS or prev in ADMIN1_WORDS or prev in LOCAL_WORDS or prev in GEO_WORDS


def _big(places: list[Place], city: int = 1_000_000) -> bool:
    """A country, a province or a city of a million: the NER's organisation that is exactly such
    a name ("Ho Chi Minh City") is the place. After "di/ke/dari", where people are not, a city of
    100,000 will do for the NER's person ("mengungsi ke Khan Younis")."""
    return any(p.feature in ("country", "admin1") or (p.feature == "city" and p.population >= city)
               or p.population >= 1_000_000 for p in places)


def _governed(doc: Doc, i: int, places: list[Place]) -> bool:
    """An Indonesian province, regency or town right after a regional head's title ("Bupati Agam",
    "Wali Kota Padang", "Wakil Gubernur Riau"), or a state abroad after a governor's: the region
    that head governs."""
    after_head = (i > 0 and doc[i - 1].lower_ in REGION_HEADS) or \
        (i > 1 and doc[i - 2].lower_ == "wali" and doc[i - 1].lower_ == "kota")
    # (a governor abroad governs a state or province too: "Gubernur Utah Spencer Cox")
    return after_head and (_indonesian_region(places) or (
        doc[i - 1].lower_ == "gubernur" and any(p.feature == "admin1" for p in places)))


def _body_region(doc: Doc, i: int, places: list[Place], org_ends: set[int]) -> bool:
    """An Indonesian region right after a body the NER found ("Kepala Badan ... (BPBD) Samarinda
    Suwarso"), or after the acronym that opens the NER's organisation ("BPBD Samarinda Suwarso"):
    the body's branch there, as after a regional head."""
    after = i in org_ends or (i > 1 and doc[i - 1].text == ")" and i - 1 in org_ends)
    return after and _indonesian_region(places)


def _indonesian_region(places: list[Place]) -> bool:
    """One of the places is an Indonesian province, regency or town: a unit an office is named for."""
    return any(p.country == "ID" and p.feature in ("admin1", "admin2", "city") for p in places)


def _only_place_words(doc: Doc, rs: int, i: int, j: int, re_: int, uncased: bool) -> bool:
    """The rest of the capitalised run is place-type words ("Provinsi Idlib") or common words.

    After the name, a capitalised common word in cased text is the rest of a longer name:
    "Kebon" in "Kelurahan Kebon Jeruk" is no place of its own. Day and month names and "Utama"
    may follow ("di Demak Senin", "Gerbang Tol Cikampek Utama")."""
    before = all(doc[k].lower_ in TYPE_WORDS or is_common_word(doc[k].text) for k in range(rs, i))
    return before and all(doc[k].lower_ in NEVER_ALONE or doc[k].lower_ == "utama"  # "Gerbang Tol Cikampek Utama"
                          or (uncased and is_common_word(doc[k].text)) for k in range(j, re_))


def _prior(c: Candidate, p: Place) -> float:
    s = math.log10(p.population + 10)
    if p.feature == "country":
        s += 4.0
    elif p.feature == "admin1":
        s += 2.5
    elif p.feature in ("region", "admin2"):
        s += 3.0  # a regency outranks a same-named village elsewhere: "Gowa" is the one in Sulawesi
        if not p.country:
            s += 3.0  # a continent or world region: "zona Asia" is no town of 23,000 in the Philippines
    if p.primary:
        s += 0.5
    if c.prefix in ADMIN1_WORDS:
        s += 5.0 if p.feature == "admin1" else -2.0
    elif c.prefix in LOCAL_WORDS:
        s += 3.0 if p.feature in ("city", "admin2") else -2.0
        s += 2.0 if p.country == "ID" else 0.0
    if p.country == "ID":
        s += 1.0
    return s


def resolve(doc: Doc, cands: list[Candidate], dateline_place: str | None) -> list[Candidate]:
    """Fill each candidate's scores (same order as its places) using the article's context; return
    the candidates that are kept (see ``_apply_containers``)."""
    context_cc: dict[str, float] = {}
    context_admin1: set[str] = set()
    if dateline_place:
        dl = gazetteer().lookup(dateline_place)
        if dl:
            best = max(dl, key=lambda p: _prior(Candidate(0, 0, dl), p))
            context_cc[best.country] = context_cc.get(best.country, 0) + 2.0
            if best.admin1:
                context_admin1.add(best.admin1)
    named_cc: set[str] = set()  # countries named, or holding a place named by its main name
    for c in cands:  # unambiguous mentions (one country) set the article's geography
        named_cc.update(p.country for p in c.places if p.primary)
        ccs = {p.country for p in c.places}
        if len(ccs) == 1:
            cc = next(iter(ccs))
            context_cc[cc] = context_cc.get(cc, 0) + (1.5 if c.places[0].feature == "country" else 1.0)
        elif (first := max(c.places, key=lambda p: _prior(c, p))).feature == "country" and \
                not any(p.primary for p in c.places if p is not first):
            # a country's name is that country, whatever town abroad has it among its other names
            # ("Jamaika" is also Jamaica, Queens): it sets the article's geography all the same (but
            # "Georgia" is also the state's own name)
            context_cc[first.country] = context_cc.get(first.country, 0) + 1.5
        if len(c.places) == 1 and c.places[0].admin1 and c.places[0].feature in ("admin1", "admin2", "city"):
            # a province, or a town or regency only one province has ("Senayan, Jakarta")
            context_admin1.add(c.places[0].admin1)
    for c in cands:
        c.scores = []
        big = max((p for p in c.places if p.feature == "city"), key=lambda p: p.population, default=None)
        province = any(p.feature == "admin1" and p.country == "ID" for p in c.places)
        for p in c.places:
            s = _prior(c, p)
            shadowed = p.feature == "city" and (
                (big is not None and big.population >= 1_000_000 and p.population * 10 < big.population
                 and p.country != big.country) or (province and p.country != "ID"))
            if not shadowed or c.prefix in LOCAL_WORDS or c.prefix in ADMIN1_WORDS:
                # (a town abroad a tenth the size of a namesake city of millions, or named like an
                # Indonesian province, takes nothing from the countries named: "Madrid" in a story
                # that names Colombia is still Spain's capital, "Bali" in one that names India the
                # province; "Desa Bandung" is the village its designator says)
                s += min(context_cc.get(p.country, 0.0), 4.0)
            if p.admin1 and p.admin1 in context_admin1:
                s += 2.0
            c.scores.append(s)
    _same_kind_as_list(doc, cands)
    return _apply_containers(doc, [c for c in cands if not _stray_alias(doc, c, context_cc, named_cc)])


def _stray_alias(doc: Doc, c: Candidate, context_cc: dict[str, float], named_cc: set[str]) -> bool:
    """A small town known only by one of its other names, in a country the article never names, where
    the article is clearly about another: "kota Chiva" in a report from Spain is no Xiva (Khiva) in
    Uzbekistan, which has "Chiva" among its names (the Spanish town is too small for the gazetteer).
    Pantau's own exonyms ("Jenewa") are names of record, not aliases. A building named for a town
    in none of the article's countries is named for something else."""
    if c.prefix in BUILDING_WORDS:
        # "Istana Miraflores" in a report from Caracas is the palace, not Miraflores in Peru: the
        # countries the rest of the article names hold no town of that name
        ccs = {p.country for p in c.places}
        others = {cc: v - (1.0 if ccs == {cc} else 0.0) for cc, v in context_cc.items()}
        if max(others.values(), default=0.0) >= 2.0 and not any(others.get(cc, 0.0) > 0 for cc in ccs):
            return True
    if not context_cc or max(context_cc.values()) < 3.0 or norm(doc[c.start:c.end].text) in exonym_names():
        return False
    return all(not p.primary and p.feature == "city" and p.population < 500_000 and p.country not in named_cc
               for p in c.places)


def _same_kind_as_list(doc: Doc, cands: list[Candidate]) -> None:
    """A name of places in several countries, listed beside places of one country and kind, is
    that country's place of that kind: "Pennsylvania, Georgia dan North Carolina" names three US
    states, not the country Georgia."""
    for k, c in enumerate(cands):
        if len({p.country for p in c.places}) < 2:
            continue
        kinds = set()
        for n in (cands[k - 1] if k else None, cands[k + 1] if k + 1 < len(cands) else None):
            if n is None or len({p.country for p in n.places}) != 1:
                continue
            if _in_place_list(doc, c.start, c.end, {n.start}, {n.end}):
                best = _best(n)
                kinds.add((best.country, best.feature))
        if kinds:
            c.scores = [s + 4.0 if (p.country, p.feature) in kinds else s for s, p in zip(c.scores, c.places)]


def _best(c: Candidate) -> Place:
    return c.places[max(range(len(c.places)), key=lambda k: c.scores[k])]


def _significant(p: Place) -> bool:
    return p.feature in ("country", "admin1", "admin2", "region") or p.population >= 100_000


def _minor(c: Candidate) -> bool:
    """A village, district or small town: the kind of place a writer locates by the unit after it."""
    return c.prefix in SUBUNIT_WORDS or not any(_significant(p) for p in c.places)


_DESIGNATORS = UNIT_WORDS | ADMIN1_WORDS


def _container(doc: Doc, c: Candidate, by_start: dict[int, Candidate]) -> Place | None:
    """The unit that the comma chain after ``c`` places it in: "Cipinang, Jakarta Timur",
    "Lapangan Merdeka, Kota Medan", "Desa Sukamaju, Kecamatan Cibungbulang, Kabupaten Bogor" (a
    district the gazetteer lacks is passed over). Only a country, a province or regency, or an
    Indonesian town counts; its resolution is final, as the chain is resolved from its end."""
    k = c.end
    for _ in range(4):
        if k >= len(doc) or doc[k].text != ",":
            return None
        k += 1
        d = by_start.get(k)
        if d is None and k < len(doc) and doc[k].lower_ in _DESIGNATORS:
            d = by_start.get(k + 1)
        if d is not None:
            p = _best(d)
            if p.feature in ("country", "admin1", "admin2") or (p.feature == "city" and p.country == "ID"):
                return p
            return None
        if k >= len(doc) or doc[k].lower_ not in SUBUNIT_WORDS:
            return None
        k = next((m for m in range(k + 1, min(k + 6, len(doc))) if doc[m].text == ","), len(doc))
    return None


def _apply_containers(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A place followed by the unit it lies in takes its namesake in that unit. Where it has none
    and is minor, the writer means a village or quarter the gazetteer lacks ("Pasar Induk Cipinang,
    Jakarta Timur" is not the Cipinang in Banten), and the candidate is dropped."""
    by_start = {c.start: c for c in cands}
    dropped: set[int] = set()
    settled: dict[tuple[int, ...], set[int] | None] = {}  # a name's places -> those inside its unit
    placed: set[int] = set()
    for c in reversed(cands):
        unit = _container(doc, c, by_start)
        if unit is None or c.places[0].feature == "country":
            continue
        placed.add(c.start)
        minor = _minor(c)
        # A big place keeps its meaning in a list ("Jakarta, Jawa Barat, dan Banten" is no village
        # named Jakarta in Jawa Barat): only its big namesakes in the unit count.
        inside = [p.country == unit.country and (unit.feature == "country" or p.admin1 == unit.admin1)
                  and (minor or _significant(p)) for p in c.places]
        key = _names(c)
        if any(inside):
            c.scores = [s + 4.0 if ok else s for s, ok in zip(c.scores, inside)]
            settled.setdefault(key, set()).update(p.geonames_id for p, ok in zip(c.places, inside) if ok)
        elif minor:
            dropped.add(c.start)
            del by_start[c.start]
            settled.setdefault(key, None)
    # Later bare mentions of a name mean the same place ("Nelayan di Sumur" after "Kecamatan Sumur,
    # Kabupaten Pandeglang"), unless the writer placed them elsewhere too.
    for c in cands:
        key = _names(c)
        if key not in settled or c.start in placed:
            continue
        ids = settled[key]
        if ids is None:
            dropped.add(c.start)
        else:
            c.scores = [s + 4.0 if p.geonames_id in ids else s for s, p in zip(c.scores, c.places)]
    return [c for c in cands if c.start not in dropped]


def _names(c: Candidate) -> tuple[int, ...]:
    """Which name a candidate is, as the places it may be (the same for every mention of it)."""
    return tuple(sorted(p.geonames_id for p in c.places))


def place_dict(doc: Doc, c: Candidate) -> dict:
    p = _best(c)
    top = max(c.scores)
    z = sum(math.exp(s - top) for s in c.scores)
    span = doc[c.start:c.end]
    return {"name": span.text, "start": span.start_char, "end": span.end_char, "country": p.country or None,
            "admin1": p.admin1 or None, "lat": round(p.lat, 4), "lon": round(p.lon, 4), "feature": p.feature,
            "geonames_id": p.geonames_id if p.geonames_id > 0 else None,
            "confidence": round(1.0 / z, 3)}


@Language.component("pantau_geo")
def geo_component(doc: Doc) -> Doc:
    cands = resolve(doc, find_candidates(doc), doc._.dateline_place)
    doc._.places = [place_dict(doc, c) for c in cands]
    doc._.pantau_place_spans = [(c.start, c.end, pd) for c, pd in zip(cands, doc._.places)]
    return doc


def geocode_name(name: str, context_country: str | None = None) -> dict | None:
    """Best gazetteer place for a bare name (used for datelines and exports)."""
    places = gazetteer().lookup(name)
    if not places:
        return None
    c = Candidate(0, 0, places)
    best = max(places, key=lambda p: _prior(c, p) + (3.0 if context_country and p.country == context_country else 0))
    return {"name": name, "country": best.country, "admin1": best.admin1, "lat": best.lat, "lon": best.lon,
            "feature": best.feature, "geonames_id": best.geonames_id if best.geonames_id > 0 else None}
