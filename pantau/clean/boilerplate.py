"""Whole lines that are page furniture rather than story: "Baca juga:", "Editor:", "Pewarta:",
copyright, share buttons, advertisement markers. The patterns live in lexicons/boilerplate_id.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pantau.clean.lexicon_files import read_tsv


@dataclass(frozen=True)
class LineSpan:
    start: int  # offset of the line's first character
    end: int  # offset just past the line's last character (the newline excluded)
    end_with_newline: int


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in read_tsv("boilerplate_id.tsv"))


def lines(text: str) -> list[LineSpan]:
    out, pos = [], 0
    for m in re.finditer(r"[^\n]*(\n|$)", text):
        if m.start() == len(text) and not m.group(0):
            break
        end = m.end() - len(m.group(1))
        out.append(LineSpan(m.start(), end, m.end()))
        pos = m.end()
    return out


def boilerplate_kind(line: str) -> str | None:
    """The kind of boilerplate this line is ("related_link", "editor", ...), or None for story text."""
    stripped = line.strip()
    if not stripped or len(stripped) > 400:
        return None
    for kind, rx in _patterns():
        # Story lines can start like a credit or a link; past 200 characters only the channel
        # promotions (Kompas.com's runs to about 250) are still page furniture.
        if (len(stripped) <= 200 or kind == "advertisement") and rx.fullmatch(stripped):
            return kind
    return None
