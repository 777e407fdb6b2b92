"""Loading Pantau's lexicon files (data under pantau/lexicons/, '#' lines are header comments)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def lexicon_path(name: str):
    return resources.files("pantau.lexicons").joinpath(name)


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon file, comments and blank lines skipped."""
    rows = []
    for line in lexicon_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(line.split("\t")))
    return tuple(rows)
