"""The objects that pass between Pantau's stages (see DESIGN.md, "The flow").

``RawDocument`` is what a reader yields; ``Article`` is what the cleaner makes of it.
Both are plain dataclasses so that they pickle cleanly into worker processes (and Spark).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """One article as a reader found it, before any cleaning."""

    text: str
    path_or_url: str
    format: str  # text | jsonl | html | rss | warc
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when the source says so
    outlet: str | None = None
    url: str | None = None
    raw_html: str | None = None  # the page the text was extracted from, when there was one
    meta: dict[str, Any] = field(default_factory=dict)


class ReadError(Exception):
    """A source (or one record inside it) could not be read.

    ``str(err)`` is the one-line message shown to the user; it always names the source.
    """

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


def internal_error(doing: str, err: BaseException) -> str:
    """The one-line ReadError problem for a bug hit on one document: a batch of thousands must not
    stop for it, and the message says it is Pantau's fault, not the input's."""
    detail = " ".join(f"{type(err).__name__}: {err}".split())[:200]
    return f"internal error while {doing} ({detail}); please report this with the input"


@dataclass
class Article:
    """A cleaned article: ``text`` plus what was removed/repaired, with offsets back to ``raw_text``."""

    raw: RawDocument
    text: str
    offset_map: Any  # pantau.clean.offsets.OffsetMap
    dateline: dict | None = None
    outlet: str | None = None
    removed: list[dict] = field(default_factory=list)
    repairs: list[dict] = field(default_factory=list)

    @property
    def raw_text(self) -> str:
        return self.raw.text
