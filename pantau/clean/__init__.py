"""The cleaner: RawDocument → Article (clean text, dateline, outlet, removed boilerplate, repairs).

Steps, each an edit list over the previous text so that offsets always map back to the raw text
(see offsets.py): drop carriage returns and boilerplate lines, cut the dateline, normalise
whitespace (no blank-line runs left where lines were removed), split glued link text.
"""

from __future__ import annotations

import re

from pantau.clean.boilerplate import boilerplate_kind, lines
from pantau.clean.dateline import canonical_outlet, find_dateline
from pantau.clean.offsets import Edit, Mapped
from pantau.clean.repair import find_glued
from pantau.types import Article, RawDocument

__all__ = ["clean", "clean_text"]


def _same_line(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _raw_edits(raw: str, source_outlet: str | None,
               title: str | None = None) -> tuple[list[Edit], list[dict], dict | None]:
    """Deletions over the raw text: boilerplate lines, a repeated headline, the dateline and carriage returns.

    A body that opens with the source's own title (scraped JSONL often does; plain-text files
    whose reader took the headline from the first line always do) loses that line, so the
    dateline is looked for on the line after it and the headline is not read twice.
    """
    edits: list[Edit] = []
    removed: list[dict] = []
    dateline = None
    first_body_line = True
    last_story = None
    for ln in lines(raw):
        content = raw[ln.start : ln.end]
        kind = boilerplate_kind(content)
        if (not kind and first_body_line and content.strip() and _same_line(content, title)
                and raw[ln.end :].strip()):
            kind = "title"
        if kind:
            # The line's text goes; its newline is left for the whitespace step to collapse.
            lstart = ln.start + len(content) - len(content.lstrip())
            lend = ln.start + len(content.rstrip())
            edits.append(Edit(ln.start, ln.end))
            removed.append({"kind": kind, "raw": raw[lstart:lend], "raw_start": lstart, "raw_end": lend})
            continue
        if content.strip():
            last_story = ln
        if first_body_line and content.strip():
            first_body_line = False
            d = find_dateline(raw, ln.start + len(content) - len(content.lstrip()), source_outlet)
            if d:
                edits.append(Edit(d.start, d.end))
                removed.append({"kind": "dateline", "raw": raw[d.start : d.end], "raw_start": d.start, "raw_end": d.end})
                dateline = {"place": d.place, "outlet": d.outlet, "canonical_outlet": d.canonical_outlet,
                            "raw": raw[d.start : d.end], "raw_start": d.start, "raw_end": d.end}
    if last_story is not None:
        m = _closing_credit(raw, last_story)
        if m:
            edits.append(Edit(m.start(), m.end()))  # with the space before it
            removed.append({"kind": boilerplate_kind(m.group(1)), "raw": m.group(1),
                            "raw_start": m.start(1), "raw_end": m.end(1)})
    edits.extend(Edit(m.start(), m.end()) for m in re.finditer(r"\r", raw))
    return _drop_overlaps(edits), removed, dateline


# The story's last sentence, then the agency or reporter credit in brackets on the same line:
# "... kata dia. (ANTARA)", "... pungkasnya.(ant/sur)".
_CLOSING_CREDIT = re.compile(r"(?<=[.!?\"”’])[ \t]*(\([^()\n]{2,60}\))[ \t\r]*$")


def _closing_credit(raw: str, ln) -> re.Match | None:
    """The credit that closes the article's last story line (group 1: the bracketed credit), or None."""
    m = _CLOSING_CREDIT.search(raw, ln.start, ln.end)
    return m if m and boilerplate_kind(m.group(1)) in ("byline", "source_credit") else None


def _whitespace_edits(text: str) -> list[Edit]:
    """Trim the ends, trailing spaces on lines, and runs of blank lines down to one blank line."""
    edits = []
    lead = len(text) - len(text.lstrip())
    if lead:
        edits.append(Edit(0, lead))
    trail = len(text.rstrip())
    if trail < len(text) and trail >= lead:
        edits.append(Edit(trail, len(text)))
    for m in re.finditer(r"[ \t\u00a0]+(?=\n)", text[lead:trail]):
        edits.append(Edit(lead + m.start(), lead + m.end()))
    for m in re.finditer(r"\n(?:[ \t\u00a0]*\n){2,}", text[lead:trail]):
        # Keep "\n\n" (one paragraph break): delete what lies between the first and last newline.
        s, e = lead + m.start(), lead + m.end()
        edits.append(Edit(s + 1, e - 1))
    return _drop_overlaps(edits)


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -e.end)):
        if out and e.start < out[-1].end:
            if e.end > out[-1].end:
                out[-1] = Edit(out[-1].start, e.end)
            continue
        out.append(e)
    return out


def clean_text(raw: str, source_outlet: str | None = None,
               title: str | None = None) -> tuple[Mapped, list[dict], list[dict], dict | None]:
    """Clean a raw article text; returns (mapped clean text, removed, repairs, dateline).

    ``source_outlet`` (from the source's metadata) lets a dateline name an outlet we do not know.
    """
    edits, removed, dateline = _raw_edits(raw, source_outlet, title)
    step = Mapped(raw).apply(edits)
    step = step.apply(_whitespace_edits(step.text))
    glued = find_glued(step.text)
    final = step.apply([Edit(g.start + len(g.left), g.start + len(g.left), " ") for g in glued])
    repairs = []
    for shift, g in enumerate(glued):
        start = g.start + shift  # each earlier repair inserted one character
        end = start + len(g.fixed)
        raw_start, raw_end = final.to_raw(start, end)
        repairs.append({"raw": g.raw, "fixed": g.fixed, "start": start, "end": end,
                        "raw_start": raw_start, "raw_end": raw_end})
    if dateline:
        # The dateline is cut from the text; its clean offsets are the (empty) point where it stood.
        pos = _clean_position(final, dateline["raw_end"])
        dateline.update({"start": pos, "end": pos})
    removed.sort(key=lambda r: r["raw_start"])
    return final, removed, repairs, dateline


def _clean_position(mapped: Mapped, raw_offset: int) -> int:
    for i, r in enumerate(mapped.raw_offsets):
        if r >= raw_offset:
            return i
    return len(mapped.text)


def clean(doc: RawDocument) -> Article:
    mapped, removed, repairs, dateline = clean_text(doc.text, doc.outlet, doc.title)
    outlet = (dateline or {}).get("canonical_outlet") or canonical_outlet(doc.outlet) or doc.outlet
    return Article(raw=doc, text=mapped.text, offset_map=mapped.to_offset_map(), dateline=dateline,
                   outlet=outlet, removed=removed, repairs=repairs)
