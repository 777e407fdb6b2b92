"""Events: actor–action–target triples coded with PLOVER types and CAMEO codes (``doc._.events``).

Triggers come from pantau/lexicons/event_verbs_id.tsv (PhraseMatcher on lower-case text, with
the clitic -nya). Actors and targets are the actor mentions found by ``pantau_entities``:

* with a dependency parse, the trigger's ``nsubj`` (``obl:agent``/"oleh" for passives) gives
  the actor and its ``obj``/``obl``/``iobj`` the target, when they land on a coded mention;
* otherwise (and when the parse gives nothing), clause heuristics: the actor is the nearest
  actor mention before the trigger in its clause (skipping prepositional phrases and ", yang ...,"
  relative clauses; a participial clause ", menunjukkan ..." takes the sentence's subject;
  a pronoun takes the previous sentence's main actor), the target the nearest mention after it
  (skipping locatives "di X"); passives swap them; nominal triggers read "pembicaraan X dan Y".

Each event gets QuadClass and Goldstein score from its CAMEO root (CAMEO's published Goldstein
scale), the sentence's place (first place in the sentence, else the dateline) and date (a date
the dates extractor found in the sentence, else the publication date).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from pantau.extract import doc_text
from pantau.extract.counts import QUALIFIERS
from pantau.link.entities import Actor, title_ending
from pantau.link.geo import is_cap
from pantau.link.lexicon import rows

for _n in ("events", "pantau_actors", "places", "dates", "published", "dateline_place"):
    if not Doc.has_extension(_n):
        Doc.set_extension(_n, default=None)

# CAMEO's Goldstein scale (Goldstein 1992, as published with CAMEO / GDELT), by code; codes not
# listed take their root's value.
GOLDSTEIN = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0,
    "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0,
    "18": -9.0, "19": -10.0, "20": -10.0,
    "040": 1.0, "042": 1.9, "043": 2.8, "046": 7.0, "051": 3.4, "054": 6.0, "057": 8.0, "030": 4.0,
    "060": 6.0, "061": 6.4, "064": 7.0, "070": 7.0, "071": 7.4, "073": 7.4, "075": 7.0, "080": 5.0, "081": 5.0,
    "084": 7.0, "085": 7.0, "087": 9.0, "111": -2.0, "112": -2.0, "115": -2.0, "120": -4.0, "130": -4.4,
    "1312": -5.8, "138": -7.0, "036": 4.0, "055": 3.5,
    "140": -6.5, "141": -6.5, "142": -6.5, "143": -6.5, "144": -7.5, "150": -7.2, "151": -7.2, "152": -7.2,
    "160": -4.0, "161": -4.0, "163": -8.0, "164": -7.0, "166": -8.0, "171": -9.2, "173": -5.0, "174": -5.0,
    "175": -9.0, "181": -9.0, "186": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "195": -10.0,
}


def quad_class(cameo: str) -> int:
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def goldstein(cameo: str) -> float:
    return GOLDSTEIN.get(cameo, GOLDSTEIN.get(cameo[:2], 0.0))


def _sense(column: str) -> tuple[str, list[tuple[str, ...]]] | None:
    """The lexicon's fifth column ("unless:suku bunga|imbang") as (mode, phrases), or None."""
    if not column:
        return None
    mode, _, phrases = column.partition(":")
    if mode not in ("unless", "only"):
        raise ValueError(f"event_verbs_id.tsv: unknown sense column {column!r}")
    return mode, [tuple(p.split()) for p in phrases.split("|") if p.strip()]


# a count's qualifier before #num: "meluncurkan lebih dari 120 rudal"
_QUALIFIER_TOKENS = sorted((tuple(q.split()) for q, _ in QUALIFIERS), key=len, reverse=True)
# what may stand between a verb and its counted noun in a trigger ("melancarkan lebih dari 30
# serangan", "mengirimkan sekitar 20 ton bantuan")
_GAP_WORDS = sorted({w for q in _QUALIFIER_TOKENS for w in q})
_GAP_AMOUNTS = ["puluhan", "ratusan", "ribuan", "belasan", "serangkaian", "rentetan", "sejumlah", "beberapa"]
_GAP_UNITS = ["ton", "truk", "paket", "unit", "kilogram", "kg", "kontainer", "gelombang", "rangkaian"]


def _follows(doc: Doc, i: int, phrase: tuple[str, ...], qualified: bool = False) -> bool:
    """Does ``phrase`` (with #num and #place, see event_verbs_id.tsv) start at token i? With
    ``qualified``, #num may come after a count's qualifier ("lebih dari 120 rudal")."""
    for k, word in enumerate(phrase):
        if qualified and word == "#num" and i + k < len(doc) and not doc[i + k].like_num:
            q = next((q for q in _QUALIFIER_TOKENS
                      if tuple(t.lower_ for t in doc[i + k:i + k + len(q)]) == q), None)
            i += len(q) if q else 0
        if i + k >= len(doc):
            return False
        tok = doc[i + k]
        if word == "#num":
            ok = tok.like_num
        elif word == "#place":
            ok = tok.ent_type_ in ("GPE", "LOC")
        else:
            ok = tok.lower_ == word or (k == len(phrase) - 1 and tok.lower_ == word + "nya")
        if not ok:
            return False
    return True


@dataclass
class Trigger:
    start: int
    end: int
    plover: str
    cameo: str
    form: str


LOCATIVE = {"di", "dari", "menuju", "sekitar", "dekat", "pada", "dalam", "antara", "oleh",
            "melalui", "lewat", "via"}  # (by way of a country: "ke Gaza melalui Mesir" is no aid to Egypt)
TARGET_PREPS = {"dengan", "kepada", "terhadap", "atas", "ke", "bagi", "untuk", "pada"}
# a place's or a target's preposition: an actor after one is no subject
ROLE_PREPS = frozenset(LOCATIVE | TARGET_PREPS)
STOP_LEFT = {"bahwa", ";", "sementara", "tetapi", "namun", "sedangkan", "karena", "agar", "supaya", "ketika",
             "setelah", "sebelum", "sehingga", ":", "“", "”", '"'}
# words that open a subordinate clause with a subject of its own ("setelah militer AS menyerang")
_SUBORDINATE = frozenset({"setelah", "sesudah", "sebelum", "ketika", "saat", "karena", "sejak", "sehingga"})
STOP_RIGHT = {",", "bahwa", "menurut", ";", "sementara", "tetapi", "namun", "sedangkan", "karena", "agar", "supaya",
              "ketika", "setelah", "sebelum", "sehingga", "yang", ":", "“", "”", '"'}
# Words that may open reported speech before its verb without being its subject: "mengatakan
# (bahwa) akan meminta ..." is the speaker's own request.
CONTENT_AUX = {"bahwa", "akan", "telah", "sudah", "tidak", "tak", "belum", "juga", "segera", "masih", "terus",
               "harus", "bisa", "dapat", "pun", "sedang", "ingin", "siap", "perlu"}
NEGATION = {"tidak", "tak", "belum", "bukan", "berhenti", "jangan", "gagal", "enggan", "batal",
            # and plans, which are no events yet ("berencana melakukan serangan terhadap aparat")
            "berencana", "merencanakan"}
# Verbs that deny or refuse what follows them ("menolak menarik pasukan", "membantah telah
# menyerang", "menolak usulan Kyiv untuk menggelar perundingan"), up to a coordinated clause
# ("menolak kenaikan BBM dan berunjuk rasa": the protest happened).
REFUSAL = {"menolak", "membantah", "menyangkal"}
# Verbs that ask for what follows "X (untuk/agar) ..." (see EventCoder._requested)
# (not an order: "memerintahkan militer AS membantu pertahanan Israel" reports what it did)
REQUESTING = {"meminta", "mendesak", "mengundang", "mengajak", "mengimbau", "menyerukan", "mendorong", "menuntut",
              "memohon", "membujuk"}
PURPOSE_LINKS = {"untuk", "agar", "supaya"}
# Words that make a clause a condition: "jika Rusia menolak ..." has not happened
CONDITIONALS = {"jika", "jikalau", "kalau", "apabila", "bila", "seandainya", "andaikan", "andai"}
# Readiness before a meeting verb: "siap bertemu Putin" is an intent to meet (CAMEO 036)
INTENT_WORDS = {"siap", "bersedia", "ingin", "berharap"}
COORDINATORS = {"dan", "serta", "lalu", "kemudian", "sambil", "seraya", ",", ";"}
_REFUSAL_SCOPE_ENDS = REFUSAL | COORDINATORS
# Agent types that mean nothing without a country ("pemerintah" alone): not coded as actors.
STATE_AGENTS = {"GOV", "MIL", "COP", "JUD", "LEG", "MED", "BUS", "SPY"}
# Actions that two parties do together: "X dan Y sepakat" codes X as actor, Y as target.
JOINT = {"AGREE", "CONSULT", "COOPERATE"}
VERB_PREFIXES = ("me", "ber", "di", "ter", "mem", "men", "meng", "meny")
# Degree words before a verb form make it an adjective: "paling mendesak", "sangat mengancam".
DEGREE_WORDS = {"paling", "sangat", "amat", "lebih", "makin", "semakin", "cukup", "terlalu", "kurang"}


def _relative_object(doc: Doc, lo: int, i: int) -> bool:
    """Token i is the object of an active verb in a relative clause before it: "Topan Yagi yang
    menerjang Vietnam utara menewaskan ..." (the storm killed, not Vietnam)."""
    return any(doc[k].lower_ == "yang" and doc[k + 1].lower_.startswith(("me", "ber")) for k in range(lo, i - 1))


_BEFORE_VERB = {"ikut", "turut", "juga", "pun", "telah", "sudah", "akan", "lalu", "kemudian", "sempat", "segera"}


def _appositive(doc: Doc, a, lo: int, trig: int) -> bool:
    """Actor ``a`` is inside an appositive between the subject and the verb: "12 anggota PPP,
    partai Yoon sendiri, ikut mendukung" (the members support, not Yoon)."""
    open_ = next((k for k in range(a.start - 1, lo - 1, -1) if doc[k].text == ","), None)
    close = next((k for k in range(a.end, trig) if doc[k].text == ","), None)
    if open_ is None or close is None or not doc[open_ + 1].is_lower or _verb_form(doc[open_ + 1]):
        return False
    return all(doc[k].lower_ in _BEFORE_VERB for k in range(close + 1, trig))


# what an attack strikes in a country: "serangan rudal ke sembilan lokasi di Pakistan" targets Pakistan
_SITES = frozenset({"lokasi", "sasaran", "target", "posisi", "pangkalan", "fasilitas", "kamp", "markas", "wilayah",
                    "kota", "desa", "titik", "instalasi"})


def _struck_sites_in(doc: Doc, trig, a) -> bool:
    """Whether an attack trigger's "ke/terhadap ... <sites> di" leads to the country ``a``."""
    if not trig.cameo.startswith(("18", "19", "20")) or a.kind != "country" or doc[a.start - 1].lower_ != "di":
        return False
    between = [t.lower_ for t in doc[trig.end:a.start - 1]]
    prep = next((i for i, w in enumerate(between) if w in ("ke", "terhadap")), None)
    return prep is not None and len(between) - prep <= 6 and any(w in _SITES for w in between[prep + 1:])


# words that open a contrasting clause, whose places are not the event's
_CLAUSE_BREAKS = frozenset({"sementara", "sedangkan", "namun", "tetapi", ";"})
_CLAUSE_MARKS = frozenset({",", ";", '"', "”", "“"})  # where a verb's own clause ends


# (not to a border with it: "ke perbatasan dengan Ukraina" is at home)
_SENT_TO = re.compile(r"\b(?:ke|menuju)\s+(?:(?:wilayah|kawasan|perairan|bagian)\s+)?"
                      r"(?:(?:utara|selatan|timur|barat|tengah|tenggara|barat\s+daya|timur\s+laut|barat\s+laut)\s+)?$")
# words that open a clause fronted before the main one
_FRONTED_LINKS = _SUBORDINATE - {"karena", "sehingga"} | {"usai", "seusai", "selepas"}
# "sejak" and a clause of its own before the date (not "sejak Senin": that dates it)
_SINCE_CLAUSE = re.compile(r"\bsejak\s+[^,;\s]+(?:\s+[^,;\s]+)+\s+$", re.I)
_THIS_PERIOD = re.compile(r"(?:tahun|bulan|pekan|minggu)\s+ini", re.I)
_UNTIL = re.compile(r"\b(?:hingga|sampai)(?:\s+dengan)?\s+$", re.I)


# People of someone, who act for themselves: "pendukung Duterte" protest, not Duterte
FOLLOWERS = frozenset({"pendukung", "simpatisan", "pengikut", "keluarga", "kerabat", "loyalis", "relawan"})
# Natural hazards and accidents that kill without an actor: "Gempa Turki menewaskan ...",
# "Kebakaran hutan terbesar dalam sejarah Korea Selatan telah menewaskan ..."
HAZARDS = frozenset({"gempa", "kebakaran", "banjir", "longsor", "topan", "badai", "siklon", "erupsi", "letusan",
                     "tsunami", "wabah", "kecelakaan", "kekeringan", "puting", "gelombang", "hujan", "cuaca"})


def _hazard_of(doc: Doc, a, lo: int) -> bool:
    """Actor ``a`` only names where a hazard struck, in the hazard's own noun phrase."""
    for k in range(a.start - 1, max(lo, a.start - 8) - 1, -1):
        t = doc[k]
        if t.lower_ in HAZARDS:
            return True
        if t.is_punct or _verb_form(t) or t.lower_ in ("dan", "serta", "yang", "oleh"):
            return False
    return False


# CAMEO roots of acts done with others, wherever they meet: intent, consult, cooperate, aid, yield
_MET_AWAY = frozenset({"03", "04", "05", "06", "07", "08"})
# what makes a meeting remote, from home: a call, a letter, a video link
_REMOTE = frozenset({"telepon", "virtual", "daring", "video", "online", "surat"})


def _office_country(doc: Doc, p: dict) -> bool:
    """Place ``p`` is a country right after a title: "Presiden Amerika Serikat", "Menteri Luar Negeri Turki"."""
    if p.get("feature") != "country":
        return False
    span = doc.char_span(p["start"], p["end"], alignment_mode="expand")
    return span is not None and span.start > 0 and title_ending(doc, span.start - 1) is not None


def _next_stop(doc: Doc, k: int, end: int, stops: frozenset[str]) -> int:
    """The first token from k (before ``end``) whose lower-case text is in ``stops``, else ``end``."""
    while k < end and doc[k].lower_ not in stops:
        k += 1
    return k


def _verb_form(tok) -> bool:
    """A tagged verb with a verbal prefix: a predicate ("berjanji", "mendesak"), not an auxiliary."""
    return tok.pos_ == "VERB" and tok.lower_.startswith(VERB_PREFIXES)


class EventCoder:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.info: dict[str, tuple[str, str, str]] = {}
        self.sense: dict[str, tuple[str, list[tuple[str, ...]]] | None] = {}
        self.gapped = Matcher(nlp.vocab)
        self.gapped_keys: dict[tuple[str, str], list[str]] = {}
        for r in rows("event_verbs_id.tsv"):
            phrase, plover, cameo, form = r[0], r[1], r[2], (r[3] if len(r) > 3 else "active")
            sense = _sense(r[4] if len(r) > 4 else "")
            for variant in (phrase, phrase + "nya"):
                key = f"{variant}|{plover}|{cameo}|{form}"
                self.info[key] = (plover, cameo, form)
                self.sense[key] = sense
                self.matcher.add(key, [nlp.make_doc(variant)])
            words = phrase.split()
            if len(words) == 2 and words[0].startswith(VERB_PREFIXES):
                self.gapped_keys.setdefault(tuple(words), []).append(f"{phrase}|{plover}|{cameo}|{form}")
        # "melancarkan lebih dari 30 serangan", "mengirim 500 pasukan": a number (with its qualifier
        # and unit) between the verb and the noun of a two-word trigger; two patterns for all of them
        # (one per trigger would make the Matcher several times slower), the pair checked after
        verbs, nouns = sorted({v for v, _ in self.gapped_keys}), sorted({n for _, n in self.gapped_keys})
        self.gapped.add("gapped", [[
            {"LOWER": {"IN": verbs}}, {"LOWER": {"IN": _GAP_WORDS}, "OP": "*"}, number,
            {"LOWER": {"IN": _GAP_UNITS}, "OP": "?"}, {"LOWER": {"IN": nouns}}]
            for number in ({"LIKE_NUM": True, "OP": "+"}, {"LOWER": {"IN": _GAP_AMOUNTS}})])

    def triggers(self, doc: Doc) -> list[Trigger]:
        found = []
        gapped = [(key, s, e) for _, s, e in self.gapped(doc)
                  for key in self.gapped_keys.get((doc[s].lower_, doc[e - 1].lower_), ())]
        for key, s, e in [(doc.vocab.strings[mid], s, e) for mid, s, e in self.matcher(doc)] + gapped:
            sense = self.sense[key]
            if sense is not None:
                # the words after the verb tell its sense: "menahan tersangka" is an arrest,
                # "menahan suku bunga" is not
                # (a qualified number only widens an "only" sense: "menampung sekitar 3,5 juta
                # pengungsi" hosts them, where "menampung 500 orang" is a building's capacity)
                # (and an "unless" noun after a count is the noun: "menampung sekitar 10.000 tentara")
                hit = any(_follows(doc, e, phrase, qualified=sense[0] == "only") or (
                    sense[0] == "unless" and phrase[0] != "#num"
                    and _follows(doc, e, ("#num",) + phrase, qualified=True)) for phrase in sense[1])
                if hit != (sense[0] == "only"):
                    continue
            plover, cameo, form = self.info[key]
            if form == "active" and s > 0 and doc[s - 1].lower_ in DEGREE_WORDS:
                continue  # "kebutuhan paling mendesak" (urgent): an adjective, not "urges"
            found.append(Trigger(s, e, plover, cameo, form))
        # longest match wins where triggers overlap ("mengadakan pembicaraan" over "pembicaraan")
        found.sort(key=lambda t: (-(t.end - t.start), t.start))
        out, taken = [], set()
        for t in found:
            if taken.intersection(range(t.start, t.end)):
                continue
            out.append(t)
            taken.update(range(t.start, t.end))
        return sorted(out, key=lambda t: t.start)

    # -- heuristics ----------------------------------------------------------------------------
    @staticmethod
    def _prep_before(doc: Doc, a: Actor, lo: int) -> str:
        k = a.start - 1
        while k >= lo and doc[k].lower_ in ("para", "pihak", "presiden", "pemerintah", "kota", "provinsi", "negara",
                                            "semua", "seluruh"):
            k -= 1
        return doc[k].lower_ if k >= lo else ""

    def _relative_ranges(self, doc: Doc, s0: int, s1: int) -> set[int]:
        """Tokens inside ", yang ... ," relative clauses and parentheses of the sentence (not an
        acronym's: "(KPK)" after the name it abbreviates)."""
        out = set()
        i = s0
        while i < s1:
            if doc[i].text == "," and i + 1 < s1 and doc[i + 1].lower_ == "yang":
                j = i + 1
                while j < s1 and doc[j].text != ",":
                    j += 1
                out.update(range(i, j + 1))
                i = j
            elif doc[i].text == "(":
                j = i
                while j < s1 and doc[j].text != ")":
                    j += 1
                if not (j == i + 2 and doc[i + 1].text.isupper()):
                    out.update(range(i, j + 1))  # but "Komisi Pemberantasan Korupsi (KPK)" names the actor
                i = j
            i += 1
        return out

    def _subject(self, doc, actors, s0, s1, rel):
        first_verb = next((t.i for t in doc[s0:s1] if t.lower_.startswith(VERB_PREFIXES) and t.i > s0
                           and t.pos_ in ("VERB", "") and len(t) > 4), s1)
        for k, a in enumerate(actors):
            if s0 <= a.start < first_verb and a.start not in rel and \
                    self._prep_before(doc, a, s0) not in ROLE_PREPS:
                if _hazard_of(doc, a, s0):
                    return None  # "Gempa Turki ...": the quake's, no actor's sentence
                # the country of a title runs on into its holder's name: "Menteri Luar Negeri RI
                # Sugiono" is Sugiono
                while k + 1 < len(actors) and actors[k + 1].start == a.end and actors[k + 1].start < first_verb \
                        and a.kind == "country" and actors[k + 1].code:
                    k += 1
                    a = actors[k]
                return a
        return None

    @staticmethod
    def _uncoded_subject(sent, actors) -> bool:
        """The sentence's main clause has a subject, and it is no actor (or an actor without a code)."""
        covered = {i for a in actors if a.code for i in range(a.start, a.end)}
        return any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.i not in covered and t.pos_ != "PRON"
                   for t in sent)

    def _left(self, doc, actors, trig, s0, rel, contents=()):
        """The actor left of an active trigger. ``contents``: the token spans of reported speech;
        a trigger inside reported speech that has a subject of its own ("Budi Arie mengatakan
        peretas meminta tebusan") takes no actor from before the cue."""
        best = None
        # the sentence's subject is the speaker's, not that of reported speech with a subject of its
        # own: "Dinas Rahasia AS menyatakan pelaku, yang ..., menembak dari atap"
        c = next((c for c, c_end in reversed(contents) if s0 <= c < trig.start < c_end), None)
        own = c is not None and any(not doc[t].is_punct and doc[t].lower_ not in CONTENT_AUX for t in range(c, trig.start))
        sentence_subject = None if own else "SUBJECT"
        j = trig.start - 1
        while j > s0 and doc[j].lower_ in ("juga", "akan", "pun", "telah", "sudah", "lalu", "kemudian"):
            j -= 1
        if j > s0 and doc[j].lower_ in ("dan", "serta"):
            conjunct = next((a for a in actors if a.end == j), None)
            prev_verb = next((t for t in range(j - 1, s0, -1) if _verb_form(doc[t]) and t not in rel), None)
            sub = next((t for t in range(j - 1, s0, -1) if doc[t].lower_ in _SUBORDINATE), None)
            if prev_verb is not None and sub is not None and sub < prev_verb and (
                    conjunct is None or conjunct.start < sub):
                # "Maduro menuduh ... setelah militer AS menyerang sebuah kapal ... dan menewaskan 11
                # orang": the second predicate shares the subordinate clause's subject
                # (the clause's subject right after its link, its verb right after that: not "sejak
                # Senin untuk memprotes larangan pemerintah")
                own = next((a for a in actors if sub < a.start <= sub + 2 and a.end <= prev_verb <= a.end + 2
                            and a.start not in rel), None)
                if own is not None:
                    return own
            if conjunct is None or any(_verb_form(doc[t]) for t in range(s0, conjunct.start)):
                # "X mengecam serangan itu dan berjanji ...", "X mengutuk serangan Israel dan mendesak
                # ...": the second predicate's subject is X (an actor before "dan" is a first
                # predicate's object, not a second subject as in "Turki dan Rusia sepakat"), also where
                # the statement seems to run on ("menyatakan sangat khawatir ... dan menyerukan ...")
                return "SUBJECT"
        if j > s0 and doc[j].lower_ in ("guna", "demi"):
            return sentence_subject  # "Kemlu memanggil Duta Besar China guna menyampaikan protes": a purpose
        if j > s0 and doc[j].text == "," and j == trig.start - 1:
            return sentence_subject  # "Serangan udara Israel ke kamp di Rafah, Jalur Gaza, menewaskan ..."
        k = trig.start - 1
        stop = s0
        while k >= s0:
            low = doc[k].lower_
            if low in STOP_LEFT:
                stop = k + 1
                break
            if low == "," and k + 1 < trig.start and k + 1 not in rel:
                nxt = doc[k + 1].lower_
                clause = [a for a in actors if k < a.start < trig.start and a.start not in rel]
                if not clause and (nxt.startswith(VERB_PREFIXES) or nxt in ("akan", "juga", "terus", "lalu", "dan",
                                                                             "serta", "kemudian")):
                    # (a clause after the statement, the speaker's again: "Kremlin mengatakan bahwa
                    # ..., menunjukkan akan terus mendukung ...")
                    return "SUBJECT"
            k -= 1
        if sentence_subject is None and c >= stop:
            stop = c
        for a in actors:
            if stop <= a.start and a.end <= trig.start and a.start not in rel:
                if self._prep_before(doc, a, stop) in ROLE_PREPS or _relative_object(doc, stop, a.start) \
                        or _appositive(doc, a, stop, trig.start) or \
                        (a.start > 0 and doc[a.start - 1].lower_ in FOLLOWERS):
                    continue  # (and "Ratusan pendukung Duterte berunjuk rasa": the supporters protest)
                best = a
        if best is not None and _hazard_of(doc, best, stop):
            return None
        return best

    def _right(self, doc, actors, trig, s1, actor):
        k = trig.end
        end = s1
        while k < s1:
            if doc[k].lower_ in STOP_RIGHT and k > trig.end:
                end = k
                break
            if doc[k].lower_ in ("dan", "serta", "lalu", "kemudian") and k + 1 < s1 and _verb_form(doc[k + 1]):
                end = k  # "mengecam serangan itu dan berjanji ...": the next predicate's words are not the target
                break
            k += 1
        for a in actors:
            if trig.end <= a.start and a.end <= end:
                if self._prep_before(doc, a, trig.end) in LOCATIVE - {"pada"} and not _struck_sites_in(doc, trig, a):
                    continue
                if actor is not None and a.code and a.code == actor.code:
                    continue
                # the country of a title before a name: "bertemu Presiden Amerika Serikat Joe Biden"
                # meets Biden (USAGOV), not the United States
                named = next((b for b in actors if b.start == a.end and b.kind == "person" and b.code
                              and b.code[:3] == a.code[:3]), None) if a.kind == "country" else None
                return named or a
        return None

    def _dep(self, doc, actors, trig):
        if not doc.has_annotation("DEP"):
            return None, None
        head = doc[trig.start]
        by_token = {}
        for a in actors:
            for i in range(a.start, a.end):
                by_token[i] = a
        actor = target = None
        for child in head.children:
            a = by_token.get(child.i)
            if a is None:
                continue
            if child.dep_ in ("nsubj",) and trig.form == "active":
                actor = actor or a
            elif child.dep_ in ("obj", "iobj", "obl") and trig.form == "active":
                target = target or a
        return actor, target

    def __call__(self, doc: Doc) -> Doc:
        actors: list[Actor] = sorted(doc._.pantau_actors or [], key=lambda a: a.start)
        actor_starts = [a.start for a in actors]
        places = doc._.places or []
        dates = doc._.dates or []
        events = []
        prev_subject = None
        quotes = (doc._.quotes or []) if Doc.has_extension("quotes") else []
        contents = sorted((sp.start, sp.end) for q in quotes if not q.get("direct")
                          for sp in [doc.char_span(q["start"], q["end"], alignment_mode="expand")] if sp is not None)
        for si, sent in enumerate(doc.sents):
            s0, s1 = sent.start, sent.end
            sent_actors = [a for a in actors[bisect_left(actor_starts, s0):bisect_left(actor_starts, s1)]
                           if a.end <= s1]
            rel = self._relative_ranges(doc, s0, s1)
            subject = self._subject(doc, sent_actors, s0, s1, rel)
            if subject is not None and subject.kind == "pronoun":
                subject = prev_subject
            noun_actor = {}  # end of a noun trigger -> its actor
            for trig in self._sent_triggers(doc, s0, s1):
                actor, target = self._dep(doc, sent_actors, trig)
                if trig.form == "noun":
                    actor, target = self._nominal(doc, sent_actors, trig, s1)
                    noun_actor[trig.end] = actor
                elif trig.form == "active" and trig.start in noun_actor:
                    # "(Polisi mengamankan 46 orang selama) unjuk rasa menolak kenaikan BBM": the verb
                    # says what the protest did, so its actor is the protest's, not the sentence's
                    actor = noun_actor[trig.start]
                    if target is None or not target.code:
                        target = self._right(doc, sent_actors, trig, s1, actor)
                elif trig.form == "passive":
                    actor, target = self._passive(doc, sent_actors, trig, s0, s1, rel)
                else:
                    if actor is None or not actor.code:
                        left = self._left(doc, sent_actors, trig, s0, rel, contents)
                        actor = subject if left == "SUBJECT" else left
                    if target is None or not target.code:
                        target = self._right(doc, sent_actors, trig, s1, actor)
                if trig.form == "active" and (ante := self._antecedent(doc, sent_actors, trig, s0)) is not None:
                    actor = ante or None  # "unjuk rasa yang menewaskan ratusan orang": the protest's, no actor
                if actor is not None and trig.form == "active":
                    actor, target = self._coordinated(doc, sent_actors, trig, actor, target)
                if any(doc[k].lower_ in NEGATION for k in range(max(s0, trig.start - 4), trig.start)):
                    continue
                if self._requested(doc, s0, trig.start) or self._conditional(doc, s0, trig.start) or \
                        self._threatened(doc, s0, trig.start):
                    continue
                trig = self._refined(doc, trig, s1)
                k = trig.start - 1
                while k > max(s0, trig.start - 4) and doc[k].lower_ not in _REFUSAL_SCOPE_ENDS:
                    k -= 1
                if k >= s0 and doc[k].lower_ in REFUSAL:
                    continue
                if actor is not None and actor.kind == "pronoun":
                    actor = subject if (subject is not None and subject.kind != "pronoun"
                                        and subject.start < actor.start) else prev_subject
                if target is not None and target.kind == "pronoun":
                    target = None
                if actor is None or not actor.code or actor.code in STATE_AGENTS:
                    continue
                if target is not None and (not target.code or target.code == actor.code
                                           or target.code in STATE_AGENTS):
                    target = None
                events.append(self._event(doc, si, sent, trig, actor, target, places, dates))
            if subject is not None and subject.code:
                prev_subject = subject
            else:
                coded = [a for a in sent_actors if a.code and a.kind != "pronoun"]
                if coded:
                    prev_subject = coded[0]
                elif self._uncoded_subject(sent, sent_actors):
                    # "Sekitar 500 pendukung ... menggelar aksi. Mereka meminta ...": "mereka" are those
                    # supporters, no actor two sentences back
                    prev_subject = None
        # one event per (sentence, action, actor, target)
        seen, out = set(), []
        for ev in events:
            key = (ev["sentence"], ev["action"], ev["actor"], ev["target"])
            if key not in seen:
                seen.add(key)
                out.append(ev)
        doc._.events = out
        return doc

    @staticmethod
    def _antecedent(doc, actors, trig, s0):
        """For a verb opening a relative clause ("X yang menewaskan ..."): the actor X that ends right
        before "yang" (a comma may come between), False where the noun there is no actor, None for a
        verb in no relative clause."""
        k = trig.start - 1
        while k > s0 and doc[k].lower_ in ("telah", "sudah", "juga", "kembali", "pernah", "sempat", "diduga",
                                            "disebut", "dituduh", "dituding", "dikabarkan", "dilaporkan", "terbukti"):
            k -= 1  # ("seorang pria ... yang diduga membunuh rekan kerjanya": the suspect's act)
        if k <= s0 or doc[k].lower_ != "yang":
            return None
        end = k - 1 if doc[k - 1].text == "," else k
        # (the actor's region or kind may close the noun phrase: "Anggota DPRD Sulsel yang menemui
        # massa", "tuntutan jaksa penuntut umum yang meminta")
        # (not a place named in a locative: "... banjir di seluruh Indonesia, yang menewaskan 46 orang")
        near = [a for a in actors if a.code and a.end <= end and end - a.end <= 3 and all(
            t.is_alpha and t.pos_ != "VERB" and t.lower_ not in ROLE_PREPS for t in doc[a.end:end])
            and EventCoder._prep_before(doc, a, s0) not in LOCATIVE]
        return max(near, key=lambda a: a.end) if near else False

    @staticmethod
    def _requested(doc, s0, i):
        """"mendesak Israel untuk menghentikan serangan", "mengundang Trump untuk bertemu lagi", "meminta
        para kiai membantu ...": the action asked for has not happened; the request is the event (its
        own trigger)."""
        k = i - 1
        while k > s0 and i - k <= 2 and doc[k].lower_ not in PURPOSE_LINKS and doc[k].is_alpha:
            k -= 1  # (an adverb between: "untuk segera menghentikan")
        if k < s0 or doc[k].lower_ not in PURPOSE_LINKS:
            # "meminta para kiai dan tokoh masyarakat membantu ...": the one asked, then the verb
            # (also "lembaga-lembaga", a reduplicated noun)
            j = next((j for j in range(i - 1, max(s0, i - 8) - 1, -1) if doc[j].lower_ in REQUESTING
                      or doc[j].pos_ in ("VERB", "AUX") or not doc[j].text.replace("-", "").isalpha()), None)
            if j is not None and j == i - 1 and j > s0 and doc[j].pos_ == "VERB" and doc[j].lower_ not in REQUESTING:
                return EventCoder._requested(doc, s0, j)  # "meminta PBB membantu mengevakuasi ...": verbs in series
            return j is not None and j < i - 1 and doc[j].lower_ in REQUESTING
        return any(doc[j].lower_ in REQUESTING for j in range(max(s0, k - 8), k))

    @staticmethod
    def _conditional(doc, s0, i):
        """"... jika Rusia menolak gencatan senjata 30 hari": what happens only on a condition in
        the trigger's own clause has not happened."""
        k = i - 1
        while k >= s0 and doc[k].text not in (",", ";"):
            if doc[k].lower_ in CONDITIONALS:
                return True
            k -= 1
        return False

    @staticmethod
    def _threatened(doc, s0, i):
        """"mengancam akan menjatuhkan sanksi": the threat is the event (see ``_refined``), the
        sanction has not happened."""
        k = i - 1
        while k > s0 and i - k <= 2 and doc[k].lower_ in ("akan", "untuk"):
            k -= 1
        return k >= s0 and doc[k].lower_ in ("mengancam", "mengancamnya") and k < i

    def _refined(self, doc, trig, s1):
        """A threat by what it threatens (CAMEO 1312 sanctions, 138 force), a meeting someone is
        only ready to hold by the intent (036): "mengancam akan menjatuhkan sanksi", "siap bertemu
        Putin"."""
        if trig.cameo == "130":
            k = trig.end
            while k < s1 and doc[k].lower_ in ("akan", "untuk"):
                k += 1
            nxt = next((t for t in self._sent_triggers(doc, k, s1) if t.start == k), None)
            if nxt is not None and nxt.cameo.startswith("16"):
                return Trigger(trig.start, trig.end, trig.plover, "1312", trig.form)
            if nxt is not None and nxt.cameo[:2] in ("18", "19", "20"):
                return Trigger(trig.start, trig.end, trig.plover, "138", trig.form)
        elif trig.cameo.startswith("04") and trig.form == "active" and trig.start > 0 and \
                doc[trig.start - 1].lower_ in INTENT_WORDS:
            return Trigger(trig.start, trig.end, "AGREE", "036", trig.form)
        return trig

    @staticmethod
    def _coordinated(doc, actors, trig, actor, target):
        """"Arab Saudi dan Iran sepakat ...": the first conjunct is the actor; with a verb of joint
        action (AGREE, CONSULT, COOPERATE) and no other target, the second is the target."""
        before = {a.end: a for a in actors if a.end <= actor.start}
        no_target = target is None or not target.code or target.code in STATE_AGENTS
        # a promise is one party's ("China dan India menjanjikan bantuan": India promises too, it is
        # not promised to)
        joint = trig.plover in JOINT and not trig.cameo.startswith("03")

        def conjunct_before(a, links):
            k = a.start - 1
            # "Presiden Prabowo dan Presiden Vietnam Luong Cuong sepakat": back past the second one's title
            j = k
            while j >= 0 and a.start - j <= 3 and is_cap(doc[j]):
                j -= 1
            if j != k and j >= 0 and doc[j].lower_ in links and j in before:
                k = j
            return before[k] if k >= 0 and doc[k].lower_ in links and k in before and before[k].code else None

        first = conjunct_before(actor, ("dan", "serta"))
        if first is not None:
            chain = [actor, first]
            # "A, B, C dan D menandatangani": the list's first is the actor, its second the target
            while (prev := conjunct_before(chain[-1], (",",))) is not None:
                chain.append(prev)
            if no_target and joint and chain[-2].code and chain[-2].code[:3] != chain[-1].code[:3]:
                target = chain[-2]
            actor = chain[-1]
        elif no_target and joint:
            after = {a.start: a for a in actors if a.start >= actor.end}
            k = actor.end
            if k < trig.start and doc[k].lower_ in ("dan", "serta") and k + 1 in after and after[k + 1].code:
                target = after[k + 1]
        return actor, target

    def _sent_triggers(self, doc, s0, s1):
        return [t for t in self._all_triggers(doc) if s0 <= t.start and t.end <= s1]

    def _all_triggers(self, doc):
        cache = doc.user_data.get("pantau_triggers")
        if cache is None:
            cache = self.triggers(doc)
            doc.user_data["pantau_triggers"] = cache
        return cache

    def _nominal(self, doc, actors, trig, s1):
        """"pembicaraan pemimpin Turki dan Rusia", "serangan pasukan X terhadap Y"."""
        after = [a for a in actors if trig.end <= a.start <= trig.end + 1 and a.end <= s1
                 and (a.code[:3] not in STATE_AGENTS)]
        if not after:
            return None, None
        first = after[0]
        rest = [a for a in actors if first.end <= a.start <= first.end + 3 and a.end <= s1 and a is not first
                and not any(t.pos_ == "VERB" for t in doc[first.end:a.start])]  # "serangan Israel dan mendesak DK PBB"
        if rest and doc[first.end].lower_ in ("dan", "dengan", "terhadap", "atas", "ke", "antara"):
            if trig.plover == "PROTEST" and doc[first.end].lower_ == "dan":
                return first, None  # "unjuk rasa mahasiswa dan koalisi masyarakat sipil": together
            return first, rest[0]
        if trig.plover in ("ASSAULT", "SUPPORT", "REQUEST", "ACCUSE", "THREATEN", "REJECT"):
            return first, None
        return None, None

    def _passive(self, doc, actors, trig, s0, s1, rel):
        actor = None
        for a in actors:
            if trig.end <= a.start <= trig.end + 4 and a.end <= s1:
                if doc[trig.end].lower_ == "oleh" or doc[trig.end - 1].lower_ == "oleh" or a.start == trig.end:
                    actor = a
                break
        target = None
        for a in actors:
            if s0 <= a.start and a.end <= trig.start and a.start not in rel:
                if self._prep_before(doc, a, s0) in ROLE_PREPS:
                    continue
                target = a
        if target is not None and doc[trig.start - 1].lower_ == "yang":
            pass
        return actor, target

    def _event(self, doc, si, sent, trig, actor, target, places, dates):
        span_start = min(actor.start, trig.start, target.start if target else trig.start)
        span_end = max(actor.end, trig.end, target.end if target else trig.end)
        text = doc_text(doc)
        sc, ec = sent.start_char, sent.end_char
        # the trigger's clause: "..., sementara Hawaii juga mengeluarkan peringatan" is elsewhere
        k = trig.start
        while k > sent.start and doc[k - 1].lower_ not in _CLAUSE_BREAKS:
            k -= 1
        k_end = _next_stop(doc, trig.end, sent.end, _CLAUSE_BREAKS)
        pc, pe = doc[k].idx, (doc[k_end].idx if k_end < sent.end else ec)
        # (an office's country names no place of a meeting or a deal: "Presiden Ukraina Volodymyr
        # Zelensky yang kemudian bertemu Paus" met him in Rome; but a statement or a sanction is made at
        # home: "Presiden Kolombia Gustavo Petro mengecam ...")
        away = trig.cameo[:2] in _MET_AWAY and trig.cameo not in ("051", "055") and \
            not any(t.lower_ in _REMOTE for t in sent)  # (a call is made from home: "melalui telepon")
        here = [p for p in places if pc <= p["start"] < pe and not (away and _office_country(doc, p))]
        if doc[sent.start].lower_ in _FRONTED_LINKS:
            # "Sebelum bertolak ke New Delhi, Prabowo ... mampir di Kuala Lumpur untuk bertemu ...": the
            # fronted clause's places are not the main clause's
            comma = next((t for t in doc[sent.start:trig.start] if t.text == ","), None)
            if comma is not None:
                main = [p for p in here if p["start"] > comma.idx]
                here = main or here
        if target is not None and target.kind == "seat" and trig.cameo[:2] not in ("18", "19", "20"):
            # a seat of power addressed is its government, not where it happened: "Rusia mengecam
            # Washington", "memutuskan hubungan diplomatik dengan Kigali" (but a strike on Teheran
            # lands there, and "Kremlin menolak ..." speaks from there)
            a, b = doc[target.start].idx, doc[target.end - 1].idx + len(doc[target.end - 1])
            here = [p for p in here if not a <= p["start"] < b]
        if trig.cameo[:2] in ("18", "19", "20") or trig.cameo in ("070", "071", "072", "073", "074"):
            # aid and attacks land on the target's ground: "Rusia meluncurkan 120 rudal ke Ukraina" is
            # in Ukraine, and "Pemerintah Indonesia mengirimkan bantuan" in a report from Naypyidaw is
            # in Myanmar, so the actor's own name is no place of the event where another place is
            # named or the article has a dateline (but a show of force, "Polandia mengerahkan jet
            # tempurnya", is at home, and so is asylum: "Turki menampung pengungsi Suriah")
            own = doc[actor.start:actor.end]
            elsewhere = [p for p in here if not own.start_char <= p["start"] < own.end_char]
            here = elsewhere if elsewhere or doc._.dateline_place else here
            # where it landed is named after the verb: "... setelah AS melancarkan serangan udara ke
            # sejumlah sasaran di Hodeidah" is in Hodeidah, not at the sentence's first place
            te = doc[trig.end - 1].idx + len(doc[trig.end - 1].text)
            landed = [p for p in here if p["start"] >= te]
            here = landed + [p for p in here if p["start"] < te]
        elif trig.cameo.startswith("15"):
            # forces sent somewhere are shown there: "Washington telah mengerahkan delapan kapal
            # perang ... ke selatan Karibia"
            te = doc[trig.end - 1].idx + len(doc[trig.end - 1].text)
            sent_to = [p for p in here
                       if p["start"] >= te and _SENT_TO.search(text, max(te, p["start"] - 24), p["start"])]
            here = sent_to + [p for p in here if p not in sent_to]
        place = next((p["name"] for p in here if p.get("feature") != "country"), None) \
            or next((p["name"] for p in here), None) or doc._.dateline_place
        # a promise's or plan's date in the verb's own clause is the intended act's: "berjanji menggelar
        # pemilu pada Maret tahun depan" was promised now (but a date before the verb, or after the
        # clause, "... sebelum 2040," kata Hashim pekan lalu", dates the promise)
        intended = range(0)
        if trig.cameo.startswith("03"):
            k = _next_stop(doc, trig.end, sent.end, _CLAUSE_MARKS)
            intended = range(doc[trig.start].idx, doc[k].idx if k < len(doc) else ec)
        # (a bound is no date of the event: "berlanjut hingga pekan depan dan meminta warga ...", "...
        # serangan drone terbesar sejak invasi dimulai pada Februari 2022"; nor is "tahun ini", which
        # says less than the publication date)
        date = next((d.get("value") for d in dates if sc <= d.get("start", -1) < ec and d.get("value")
                     and d["start"] not in intended and not _UNTIL.search(text, max(0, d["start"] - 16), d["start"])
                     and not _SINCE_CLAUSE.search(text, max(sc, d["start"] - 60), d["start"])
                     and not _THIS_PERIOD.fullmatch(d.get("text", ""))),
                    None) or doc._.published
        return {"actor": actor.code, "actor_text": actor.text, "action": trig.plover, "cameo": trig.cameo,
                "target": target.code if target else None, "target_text": target.text if target else None,
                "quad_class": quad_class(trig.cameo), "goldstein": goldstein(trig.cameo), "place": place,
                "date": date, "sentence": si, "start": doc[span_start].idx,
                "end": doc[span_end - 1].idx + len(doc[span_end - 1].text),
                "trigger": doc[trig.start:trig.end].text}


def subject_start(actors, s0):
    return actors[0].start if actors else s0


@Language.factory("pantau_events")
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder(nlp)
