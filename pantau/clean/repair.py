"""Repair link text glued to the next word ("RusiaPada hari Kamis" -> "Rusia Pada hari Kamis").

When a scraper flattens a news page it often drops the space that followed a hyperlink,
so the link's text sticks to the next word:

* capitalised glue, a lower-to-upper boundary inside a token:
  "RusiaPada" -> "Rusia Pada", "RusiaSerangan" -> "Rusia Serangan";
* lower-case glue, a capitalised name followed by an ordinary lower-case word:
  "Rusiasalah" -> "Rusia salah".

Why this is hand-written: generic word segmenters (wordninja, symspell and the like) are
built for English or for text without spaces, split aggressively and know nothing of
Indonesian morphology, where long agglutinated words are normal ("pertanggungjawaban",
"kesepakatan") and clitics and suffixes attach to names ("Jakartanya", "Rusiapun").
No library repairs this kind of damage in Indonesian, so Pantau carries its own,
deliberately conservative rules:

* a token is split only when its glued form is not a known word and both halves are;
* capitalised glue needs a lower-to-upper boundary, a left half of at least three letters,
  a right half written like a word ("Pada", not "TV" or "X") and both halves seen at
  least three times (hapaxes of the word list are often typos); tokens that touch
  digits, "@", "/", "\\", "_", "#" or an inner "." (URLs, e-mail, hashtags, "KOMPAS.com")
  are never touched, nor are all-caps acronyms ("BNPB", "DKI") or words with inner
  capitals that are known names ("McDonald", "iPhone", "YouTube": see
  ``lexicons/extra_words_id.txt``);
* lower-case glue only splits a Capitalised token whose left half is a known name
  (mostly seen capitalised, at least four letters: three-letter names such as "Ham" or
  "Kai" glue onto "dan"/"ada" by accident) and whose right half is a frequent
  lower-case word (at least three letters) that is not a suffix or clitic
  (-nya, -lah, -kah, -pun, -kan, ...); among candidate splits the one with the best
  combined frequency wins.

The word list (``lexicons/wordfreq_id.tsv``) is built by ``scripts/build_wordfreq.py``
from the train splits of IndoNLU data sets (Apache-2.0); see its header.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "GlueRepair",
    "WordStats",
    "Lexicon",
    "load_lexicon",
    "is_known",
    "find_glued",
    "repair_glued",
]

WORDFREQ_FILE = "wordfreq_id.tsv"
EXTRA_WORDS_FILE = "extra_words_id.txt"

# --- thresholds (see the module docstring) ---------------------------------------------
CAMEL_MIN_LEFT = 3  # "RusiaPada": left half at least this long
CAMEL_MIN_RIGHT = 3  # right half at least this long ...
CAMEL_SHORT_RIGHT_MIN_COUNT = 500  # ... unless it is a very frequent word ("Di", "Ke")
CAMEL_MIN_COUNT = 3  # both halves seen at least this often (hapaxes are often typos)
EXTRA_WORD_SUPPORT = CAMEL_MIN_COUNT  # supplementary words count as attested
LOWER_MIN_LEFT = 4  # "Rusiasalah": the name on the left (3-letter names match too much)
LOWER_MIN_RIGHT = 3  # the common word on the right
LOWER_MIN_RIGHT_COUNT = 20  # the right half must be this frequent in the word list
LOWER_MIN_LEFT_CAP = 3  # the left half must have been seen capitalised this often ...
LOWER_MIN_LEFT_CAP_RATIO = 0.6  # ... and in this share of its observable occurrences
LOWER_MAX_RIGHT_CAP_RATIO = 0.3  # the right half must be mostly a common (lower-case) word

# Indonesian clitics and particles (-nya, -lah, -kah, -pun, -tah, -ku, -mu), suffixes and
# their common combinations (-an, -kan, -i, -annya, ...) and derivational suffixes of
# loan words and names (-wan, -wati, -isme, -isasi, -ian, ...) legitimately attach to a
# name: "Jakartanya", "Rusialah", "Suriakah", "Turkipun", "Bandungan", "Sukarnoisme".
# A right half equal to one of these is never split off. (Halves shorter than the minimum
# lengths are never split off either; the short ones are listed for completeness.)
SUFFIXES = frozenset(
    """
    nya lah kah pun tah ku mu
    an kan i annya kannya inya anlah kanlah nyalah nyapun
    wan wati man ian iah iyah wi isme is isasi nisasi if ik al er ir
    """.split()
)

_RUN = re.compile(r"[^\W\d_]+")  # a run of Unicode letters
_CHUNK = re.compile(r"\S+")
# A whitespace-delimited chunk is left alone when it holds any of these (URLs, e-mail,
# hashtags, mentions, file names, numbers) ...
_FORBIDDEN = re.compile(r"[\d@/\\_#=&%~|<>^*+$]")
# ... or an inner dot or colon between word characters ("KOMPAS.com", "TEMPO.CO", "a:b").
_INNER_DOT = re.compile(r"\w[.:]\w")


@dataclass(frozen=True)
class GlueRepair:
    """One glued token: ``text[start:end] == raw`` and ``fixed == left + " " + right``."""

    start: int
    end: int
    raw: str
    fixed: str
    left: str
    right: str


@dataclass(frozen=True)
class WordStats:
    """A word-list row: total count, count as a capitalised name, observable count."""

    count: int
    cap: int
    obs: int

    @property
    def cap_ratio(self) -> float:
        return self.cap / self.obs if self.obs else 0.0


@dataclass(frozen=True)
class Lexicon:
    """The word list (lower-cased word -> stats) and the supplementary known words."""

    freq: dict[str, WordStats]
    extra: frozenset[str]

    def is_known(self, word: str) -> bool:
        low = word.lower()
        return low in self.freq or low in self.extra

    def stats(self, word: str) -> WordStats | None:
        return self.freq.get(word.lower())


def _read_lines(name: str) -> list[str]:
    path = resources.files("pantau.lexicons").joinpath(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The word list and the supplementary words, read once from ``pantau.lexicons``."""
    freq: dict[str, WordStats] = {}
    for line in _read_lines(WORDFREQ_FILE):
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        freq[parts[0]] = WordStats(int(parts[1]), int(parts[2]), int(parts[3]))
    extra = frozenset(ln.strip().lower() for ln in _read_lines(EXTRA_WORDS_FILE))
    return Lexicon(freq=freq, extra=extra)


def is_known(word: str) -> bool:
    """Whether ``word`` (any case) is in the word list or the supplementary lexicon."""
    return load_lexicon().is_known(word)


def _is_title(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _eligible_runs(text: str):
    """Letter runs of ``text`` that may be glued words, as (start, end)."""
    for chunk in _CHUNK.finditer(text):
        c = chunk.group()
        if _FORBIDDEN.search(c) or _INNER_DOT.search(c) or c.lower().startswith("www."):
            continue
        base = chunk.start()
        for run in _RUN.finditer(c):
            s, e = run.span()
            # Skip letters joined by an apostrophe to more letters ("Jum'at", "Qur'an").
            if s >= 2 and c[s - 1] in "'’" and c[s - 2].isalpha():
                continue
            if e + 1 < len(c) and c[e] in "'’" and c[e + 1].isalpha():
                continue
            yield base + s, base + e


def _support(word: str, lex: Lexicon) -> int:
    """How often ``word`` was seen; a supplementary word counts as well attested."""
    st = lex.stats(word)
    if st is not None:
        return st.count
    return EXTRA_WORD_SUPPORT if word.lower() in lex.extra else 0


def _camel_split(word: str, lex: Lexicon) -> tuple[str, str] | None:
    """Split "RusiaPada" at a lower-to-upper boundary, or None."""
    best = None
    best_score = -math.inf
    for i in range(1, len(word)):
        if not (word[i - 1].islower() and word[i].isupper()):
            continue
        left, right = word[:i], word[i:]
        if len(left) < CAMEL_MIN_LEFT or not _is_title(right):
            continue
        lcount, rcount = _support(left, lex), _support(right, lex)
        if lcount < CAMEL_MIN_COUNT or rcount < CAMEL_MIN_COUNT:
            continue
        if len(right) < CAMEL_MIN_RIGHT and rcount < CAMEL_SHORT_RIGHT_MIN_COUNT:
            continue
        score = math.log(lcount + 1) + math.log(rcount + 1)
        if score > best_score:
            best, best_score = (left, right), score
    return best


def _lower_split(word: str, lex: Lexicon) -> tuple[str, str] | None:
    """Split "Rusiasalah" into a known name and a frequent lower-case word, or None."""
    best = None
    best_score = -math.inf
    for i in range(LOWER_MIN_LEFT, len(word) - LOWER_MIN_RIGHT + 1):
        left, right = word[:i], word[i:]
        if right in SUFFIXES:
            continue
        rs = lex.stats(right)
        if rs is None or rs.count < LOWER_MIN_RIGHT_COUNT or rs.cap_ratio > LOWER_MAX_RIGHT_CAP_RATIO:
            continue
        ls = lex.stats(left)
        if ls is None or ls.cap < LOWER_MIN_LEFT_CAP or ls.cap_ratio < LOWER_MIN_LEFT_CAP_RATIO:
            continue
        score = math.log(ls.count + 1) + math.log(rs.count + 1)
        if score > best_score:
            best, best_score = (left, right), score
    return best


def find_glued(text: str) -> list[GlueRepair]:
    """Glued tokens in ``text`` and how to split them, in text order.

    Offsets refer to ``text``: ``text[r.start:r.end] == r.raw``. Each repair inserts one
    space between ``r.left`` and ``r.right``; nothing else changes.
    """
    lex = load_lexicon()
    out: list[GlueRepair] = []
    for s, e in _eligible_runs(text):
        word = text[s:e]
        if len(word) < 5 or lex.is_known(word):
            continue
        if word[0].isupper() and word[1:].islower():
            split = _lower_split(word, lex)
        elif any(a.islower() and b.isupper() for a, b in zip(word, word[1:])):
            split = _camel_split(word, lex)
        else:
            continue
        if split:
            left, right = split
            out.append(GlueRepair(s, e, word, f"{left} {right}", left, right))
    return out


def repair_glued(text: str) -> tuple[str, list[GlueRepair]]:
    """``text`` with every glued token split, and the repairs (offsets into the input)."""
    repairs = find_glued(text)
    parts: list[str] = []
    pos = 0
    for r in repairs:
        parts.append(text[pos : r.start])
        parts.append(r.fixed)
        pos = r.end
    parts.append(text[pos:])
    return "".join(parts), repairs
