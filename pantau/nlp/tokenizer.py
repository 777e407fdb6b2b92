"""Pantau's Indonesian tokenizer: spaCy's Indonesian rules plus news-specific conventions.

Conventions (following the UD Indonesian treebanks where they decide):

* Hyphenated words stay whole: reduplication ("serangan-serangan", "pos-pos", "garis-garis") and
  hyphenated compounds ("al-Assad", "non-resmi"). A hyphen between letters is never an infix;
  hyphens next to spaces are split off, and dashes (–, —, --) are punctuation wherever they stand
  ("2019—yang", "siap”—kata"), with the quotes and brackets that touch them. A hyphen next to a
  digit stays in the word, as in the treebanks and POSP ("ke-5", "COVID-19", "1960-an", "2-1").
* Clitics are split as UD's multiword tokens are: "-nya" ("kewenangannya" → "kewenangan" "nya")
  except in the adverbs that UD keeps whole ("sebelumnya", "akhirnya", "hanya", "punya" ...);
  "-lah", "-kah", "-pun", "-ku", "-mu" only after the hosts they attach to in UD ("itulah",
  "apakah", "meskipun", "teleponku"), because most words ending in these letters are not clitic
  hosts ("telah", "langkah", "maupun", "buku"); proclitic "ku-"/"kau-" only where the rest is a
  known word and the whole is not ("kuambil", but "kuasa", "kaum" stay).
* Numbers with Indonesian separators are one token: "3,5", "200.000", "1.500,75", "10.30".
* Abbreviations with a final period are one token ("Prof.", "dr.", "No.", "Jl.", "Kec.", "Kab."),
  acronyms are plain tokens ("PBB"); quotes and dashes are split off.

The tokenizer is built from code (``pantau.tokenizer.v1`` in the pipeline config), so trained
pipelines store no regexes and pick up fixes here without retraining.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import spacy
from spacy.lang.id import Indonesian
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# Abbreviations common in Indonesian news (titles, ranks, addresses, administrative units). Not "MA."
# (the degree): in news "MA" is far more often Mahkamah Agung ending a sentence ("ke MA. Putusan").
ABBREVIATIONS = """
Jl. Jln. Gg. Kec. Kab. Kel. Ds. Prov. Kep. Kp. Rt. Rw. RT. RW. No. Nomor. Hlm. hlm. Tel. Telp. telp.
Prof. Dr. dr. Drs. Dra. Ir. Hj. H. K.H. KH. Tn. Ny. Nn. Sdr. Sdri. Bpk. Bp. Ibu. St. Sr. Jr. Tb. Rd. RA. RM. Mgr. Pdt. Ust.
Jend. Letjen. Mayjen. Brigjen. Komjen. Irjen. Pol. Purn. Kol. Letkol. Mayor. Kapt. Lettu. Letda. Serka. Sertu. Kombes. AKBP.
Kompol. AKP. Iptu. Ipda. Aiptu. Bripka. Brigpol. Laksma. Laksda. Laksdya. Marsma. Marsda. Marsdya.
dll. dsb. dst. tsb. yth. Yth. a.n. u.p. s.d. s/d. spt. tgl. Tgl. thn. Thn. bln. kg. km. Rp. Mr. Mrs.
Ms. vs. Vol. Ed. ed. Hal. hal. Pres. Wapres. Gub. Wagub. Sekjen. S.H. S.E. M.Si. M.Sc. M.A. S.Pd.
S.Sos. S.T. S.Kom. M.M. M.H. M.Pd. Ph.D. Lc. MBA. SH. SE.
""".split()

# Words ending in "nya" that the UD treebanks keep whole (adverbs and lexicalized forms).
NYA_WHOLE = set("""
hanya punya tanya bertanya ditanya ditanyai menanyakan bertanya-tanya kenya nyanya
akhirnya khususnya berikutnya biasanya awalnya tentunya tampaknya sayangnya misalnya makanya
untungnya rupanya dulunya kelihatannya agaknya mestinya harusnya umumnya pokoknya kiranya
lainnya selanjutnya sebelumnya sesudahnya sesungguhnya sebenarnya setidaknya seharusnya
sedikitnya sebaliknya seluruhnya sepertinya semestinya sekembalinya sepenuhnya selebihnya
seyogyanya bahwasanya
""".split())

LAH_HOSTS = set("""itu ini tidak bukan sini sana situ demikian sekarang begitu dia kami kita mereka
apa siapa kapan mana begitulah sudah belum harus kamu engkau anda saya aku
""".split())
KAH_HOSTS = set("""apa siapa bagaimana mengapa kenapa kapan mana berapa benar bisa ada tidak bukan sudah
mau dapat perlu haruskah harus akan masih""".split())
PUN_HOSTS = set("""meski walau apa siapa mana bagaimana kapan ia dia mereka kami kita ini itu begitu
demikian sekarang""".split())
KU_MU_WHOLE = set("""aku buku suku laku berlaku pelaku mengaku perilaku beku baku pemangku kaku saku paku
liku liku-liku ragu waktu restu tamu ilmu jamu kamu jemu bertemu temu ketemu menemu rindu madu palu
""".split())

_NUMBER = re.compile(r"^\d+([.,]\d+)+$")
_LETTERS = re.compile(r"^[^\W\d_]+$")


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Lower-cased Indonesian word forms (Pantau's word-frequency list)."""
    words = set()
    path = resources.files("pantau.lexicons").joinpath("wordfreq_id.tsv")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word = line.split("\t", 1)[0].strip()
            if word:
                words.add(word)
    return frozenset(words)


class _Match:
    """The little of ``re.Match`` that spaCy's tokenizer uses (start/end)."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def clitic_split(word: str) -> int:
    """Length of the enclitic to split off ``word`` (0 when none)."""
    if not _LETTERS.match(word):
        return 0  # hyphenated, digits, punctuation: whole
    low = word.lower()
    if low.endswith("nya") and len(low) >= 6 and low not in NYA_WHOLE:
        host = low[:-3]
        if host.startswith("se") and host not in _known_words() and host[2:] in _known_words():
            return 0  # adverbial se-...-nya ("sepenuhnya", "setidaknya") is one word in UD
        return 3
    for clitic, hosts in (("lah", LAH_HOSTS), ("kah", KAH_HOSTS), ("pun", PUN_HOSTS)):
        if low.endswith(clitic) and low[:-3] in hosts:
            return 3
        if clitic == "lah" and low.endswith("kanlah") and len(low) > 8:
            return 3  # imperatives: "katakanlah", "lakukanlah"
    if low.endswith(("ku", "mu")) and len(low) >= 6 and low not in KU_MU_WHOLE and word.islower():
        host = low[:-2]
        known = _known_words()
        if host in known and low not in known:
            return 2
    return 0


def proclitic_split(word: str) -> int:
    """Length of a proclitic "ku"/"kau" to split off the start of ``word`` (0 when none)."""
    if not word.islower() or not _LETTERS.match(word):
        return 0
    known = _known_words()
    for pro in ("kau", "ku"):
        rest = word[len(pro):]
        if word.startswith(pro) and len(rest) >= 4 and word not in known and rest in known:
            return len(pro)
    return 0


class _SuffixSearch:
    """spaCy's suffix regex, then the clitic rules (``pattern`` is what spaCy would serialize)."""

    def __init__(self, regex):
        self.regex = regex
        self.pattern = regex.pattern

    def search(self, string: str):
        m = self.regex.search(string)
        if m is not None:
            return m
        n = clitic_split(string)
        return _Match(len(string) - n, len(string)) if n else None


class _PrefixSearch(_SuffixSearch):
    def search(self, string: str):
        m = self.regex.search(string)
        if m is not None:
            return m
        n = proclitic_split(string)
        return _Match(0, n) if n else None


# Dashes are punctuation wherever they stand ("2019—yang", "5/3--Presiden", "Kami”—kata"), and so
# are quotes and brackets that touch a dash: spaCy's infixes split a dash only between letters, and
# the pieces between infixes get no prefix/suffix pass of their own. Listed first so that "--" wins
# over spaCy's hyphen-between-digits infix.
DASH_INFIXES = [
    r"--|—|–",
    r"(?<=--)[\"'“”‘’()\[\]]",
    r"(?<=[—–])[\"'“”‘’()\[\]]",
    r"[\"'“”‘’()\[\]](?=--|[—–])",
]


def _infixes() -> list[str]:
    """spaCy's Indonesian infixes without the plain hyphen between letters ("pos-pos",
    "al-Assad" are one word), after Pantau's dash infixes."""
    out = list(DASH_INFIXES)
    for pattern in Indonesian.Defaults.infixes:
        if pattern.endswith(")-(?=[0-9])") or pattern.startswith("(?<=[0-9])-(?="):
            continue  # letter-digit hyphens: "ke-5", "U-19", "COVID-19", "1960-an" are one word in UD
        pattern = pattern.replace("(?<=[0-9])[+\\-\\*^](?=[0-9-])", "(?<=[0-9])[+\\*^](?=[0-9])")
        pattern = pattern.replace("(?:-|–|", "(?:–|")
        pattern = pattern.replace("[\\/-](?=", "[\\/](?=")
        out.append(pattern)
    return out


def _exceptions() -> dict:
    # spaCy's list holds some clitic forms ("katanya") that UD splits: drop those.
    exc = {k: v for k, v in Indonesian.Defaults.tokenizer_exceptions.items()
           if not (len(v) == 1 and clitic_split(k))}
    for abbr in ABBREVIATIONS:
        exc[abbr] = [{"ORTH": abbr}]
    exc["--"] = [{"ORTH": "--"}]  # a typed dash standing alone
    return exc


class PantauTokenizer(Tokenizer):
    """A spaCy Tokenizer whose rules come from this module, never from a saved pipeline: loading
    a pipeline keeps the code's rules (the saved copy is only for inspection)."""

    def from_disk(self, path, *, exclude=tuple()):
        return self

    def from_bytes(self, bytes_data, *, exclude=tuple()):
        return self


def create_tokenizer_for(nlp) -> Tokenizer:
    prefix_re = compile_prefix_regex(Indonesian.Defaults.prefixes)
    suffix_re = compile_suffix_regex(Indonesian.Defaults.suffixes)
    infix_re = compile_infix_regex(_infixes())
    return PantauTokenizer(
        nlp.vocab,
        rules=_exceptions(),
        prefix_search=_PrefixSearch(prefix_re).search,
        suffix_search=_SuffixSearch(suffix_re).search,
        infix_finditer=infix_re.finditer,
        token_match=Indonesian.Defaults.token_match,
        url_match=Indonesian.Defaults.url_match,
    )


@spacy.registry.tokenizers("pantau.tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return create_tokenizer_for(nlp)
    return make
