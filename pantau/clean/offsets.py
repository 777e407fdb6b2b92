"""Character offset bookkeeping between the raw text and the cleaned text.

Every cleaning step is a list of edits (delete a span, insert a string) over the current text.
``Mapped`` carries, for each character of the current text, the raw offset it came from, so that
any span of the cleaned text can be traced back to the raw text after any number of steps.
Inserted characters (the space put into "RusiaPada") map to the raw offset of the character
that follows them, so a span that contains an insertion still maps to a contiguous raw span.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    start: int  # offsets in the text the edit applies to
    end: int
    replacement: str = ""


class Mapped:
    """A text plus, for each character, its offset in the raw text (and one extra entry for the end)."""

    def __init__(self, text: str, raw_offsets: list[int] | None = None):
        self.text = text
        self.raw_offsets = raw_offsets if raw_offsets is not None else list(range(len(text) + 1))
        assert len(self.raw_offsets) == len(text) + 1

    def apply(self, edits: list[Edit]) -> "Mapped":
        """Apply non-overlapping edits (in this text's coordinates) and return the new mapped text."""
        out_text: list[str] = []
        out_map: list[int] = []
        pos = 0
        for e in sorted(edits, key=lambda e: (e.start, e.end)):
            if e.start < pos:
                raise ValueError(f"overlapping edits at {e.start}")
            out_text.append(self.text[pos : e.start])
            out_map.extend(self.raw_offsets[pos : e.start])
            if e.replacement:
                out_text.append(e.replacement)
                # A pure insertion points at the next kept character; a replacement at what it replaced.
                anchor = self.raw_offsets[e.end] if e.start == e.end else self.raw_offsets[e.start]
                out_map.extend([anchor] * len(e.replacement))
            pos = e.end
        out_text.append(self.text[pos:])
        out_map.extend(self.raw_offsets[pos:])
        return Mapped("".join(out_text), out_map)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of the cleaned span [start, end)."""
        if start == end:
            return self.raw_offsets[start], self.raw_offsets[start]
        raw_start = self.raw_offsets[start]
        # The end maps through the last character, so trailing deletions are not swallowed.
        raw_end = self.raw_offsets[end - 1] + 1
        return raw_start, max(raw_end, raw_start)

    def to_offset_map(self) -> "OffsetMap":
        return OffsetMap.from_offsets(self.raw_offsets)


@dataclass
class OffsetMap:
    """Compact clean→raw map: runs where consecutive clean characters come from consecutive raw ones.

    Stored with each article (``runs`` is JSON-friendly: [[clean_start, raw_start, length], ...]).
    """

    runs: list[list[int]]
    clean_length: int

    @classmethod
    def from_offsets(cls, offsets: list[int]) -> "OffsetMap":
        runs: list[list[int]] = []
        n = len(offsets) - 1
        i = 0
        while i < n:
            j = i + 1
            while j < n and offsets[j] == offsets[j - 1] + 1:
                j += 1
            runs.append([i, offsets[i], j - i])
            i = j
        # The end sentinel is kept as a zero-length run so that to_raw(len) works.
        runs.append([n, offsets[n], 0])
        return cls(runs=runs, clean_length=n)

    def __post_init__(self) -> None:
        self._starts = [r[0] for r in self.runs]

    def raw_offset(self, clean: int) -> int:
        k = max(0, bisect_right(self._starts, clean) - 1)
        c0, r0, length = self.runs[k]
        return r0 + (clean - c0) if length else r0

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        if start == end:
            raw = self.raw_offset(start)
            return raw, raw
        return self.raw_offset(start), self.raw_offset(end - 1) + 1

    def to_dict(self) -> dict:
        return {"runs": self.runs, "clean_length": self.clean_length}

    @classmethod
    def from_dict(cls, d: dict) -> "OffsetMap":
        return cls(runs=[list(r) for r in d["runs"]], clean_length=d["clean_length"])
