"""Loading Pantau's linking lexicons (TSV files under pantau/lexicons/, '#' comment lines)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"


def rows(name: str) -> list[list[str]]:
    out = []
    for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out


def norm(text: str) -> str:
    """Lookup key: NFKD without diacritics, lower-case, typographic apostrophes unified, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower()
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def word_stats() -> dict[str, tuple[int, int]]:
    """word -> (count, capitalised count) from wordfreq_id.tsv (IndoNLU train splits)."""
    out = {}
    path = LEXICONS / "wordfreq_id.tsv"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) >= 3 and f[1].isdigit() and f[2].isdigit():
            out[f[0]] = (int(f[1]), int(f[2]))
    return out


def is_common_word(word: str, max_capitalised: float = 0.3) -> bool:
    """A word mostly written in lower case (a common noun/verb/function word, not a name): seen at
    least five times, capitalised in under ``max_capitalised`` of them."""
    count, cap = word_stats().get(word.lower(), (0, 0))
    return count >= 5 and cap / count < max_capitalised


@lru_cache(maxsize=1)
def actor_lexicon() -> dict[str, dict[str, str]]:
    """kind -> {lower-case phrase: code} from actors_id.tsv."""
    out: dict[str, dict[str, str]] = {}
    for r in rows("actors_id.tsv"):
        kind, phrase = r[0], r[1]
        code = r[2] if len(r) > 2 else ""
        out.setdefault(kind, {})[phrase] = code
    return out


@lru_cache(maxsize=1)
def iso3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}
