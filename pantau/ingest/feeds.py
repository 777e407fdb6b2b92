"""RSS / Atom feed reader, built on feedparser.

One document per entry; the body comes from the entry's full content
(``content:encoded``, Atom ``<content>``) or else its summary. An entry whose link is a
local file (a path, absolute or relative to the feed, or a ``file://`` URL) is read from
that page instead. The network is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser

from pantau.ingest._common import iso_date, one_line
from pantau.ingest.html import html_fragment_to_text, read_html_file
from pantau.types import RawDocument, ReadError

# Parser complaints that do not mean the feed is damaged.
_HARMLESS_BOZO = (feedparser.CharacterEncodingOverride,)
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.I)


def _entry_body(entry) -> str:
    """Plain text of the entry's richest body: full content first, then the summary."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    for value in candidates:
        text = html_fragment_to_text(value)
        if text:
            return text
    return ""


def _entry_date(entry) -> str | None:
    # The raw string first: feedparser's *_parsed values are converted to UTC, which
    # moves a 06:00 WIB (+07:00) article to the previous day.
    for key in ("published", "updated", "created"):
        found = iso_date(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        found = iso_date(entry.get(key))
        if found:
            return found
    return None


def local_link(link: str | None, feed_path: Path) -> Path | None:
    """The local file an entry links to, if it is one that exists; else ``None``."""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme == "file":
        candidate = Path(unquote(parsed.path))
        if parsed.netloc and parsed.netloc != "localhost":
            # feedparser turns "file:///tmp/a.html" into "file://tmp/a.html"
            candidate = Path("/" + unquote(parsed.netloc) + unquote(parsed.path))
    elif parsed.scheme and len(parsed.scheme) > 1:  # http:, https:, mailto: ... (not C:)
        return None
    else:
        candidate = Path(unquote(link))
        if not candidate.is_absolute():
            candidate = feed_path.parent / candidate
    try:
        return candidate if candidate.is_file() else None
    except OSError:
        return None


def _entry_document(entry, index: int, path: Path, outlet: str | None) -> RawDocument:
    source = str(path)
    link = (entry.get("link") or "").strip() or None
    title = (entry.get("title") or "").strip() or None
    published = _entry_date(entry)
    meta = {"feed_file": source, "entry": index}
    if entry.get("id"):
        meta["entry_id"] = entry.get("id")
    local = local_link(link, path)
    if local is not None:
        try:
            page = read_html_file(local)
        except ReadError as err:
            meta["linked_file_error"] = err.problem  # fall back to the entry's own text
        else:
            page.format = "rss"
            page.title = title or page.title
            page.published = published or page.published
            page.outlet = outlet or page.outlet
            # the page's own canonical URL when it names one, else where it lies
            page.url = page.url or local.resolve().as_uri()
            page.meta.update(meta, linked_file=str(local))
            return page
    text = _entry_body(entry)
    entry_source = link or f"{source}#{index}"
    if not text:
        if "linked_file_error" in meta:
            raise ReadError(str(local), meta["linked_file_error"])
        raise ReadError(entry_source, f"feed entry {index} has no text")
    return RawDocument(
        text=text,
        path_or_url=entry_source,
        format="rss",
        title=title,
        published=published,
        outlet=outlet,
        url=link,
        meta=meta,
    )


def read_feed(path: str | Path) -> Iterator[RawDocument | ReadError]:
    """Yield one document (or ``ReadError``) per feed entry, then any feed-level error."""
    path = Path(path)
    source = str(path)
    data = path.read_bytes()
    if not data.strip():
        yield ReadError(source, "empty file")
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = list(parsed.entries)
    damaged = bool(parsed.bozo) and not isinstance(parsed.get("bozo_exception"), _HARMLESS_BOZO)
    dropped = 0
    if damaged:
        # The lenient parser also returns the entry the damage cut through; keep only
        # entries whose closing tag is in the file.
        complete = len(_ENTRY_END.findall(data))
        if complete < len(entries):
            dropped = len(entries) - complete
            entries = entries[:complete]
    outlet = (parsed.feed.get("title") or "").strip() or None
    for index, entry in enumerate(entries):
        try:
            yield _entry_document(entry, index, path, outlet)
        except ReadError as err:
            yield err
    if damaged:
        exc = parsed.get("bozo_exception")
        reason = one_line(exc) or type(exc).__name__
        if not entries and not parsed.get("version"):
            yield ReadError(source, f"not an RSS or Atom feed (parser: {reason})")
            return
        problem = f"ill-formed or truncated feed (parser: {reason})"
        if dropped:
            problem += f"; skipped {dropped} incomplete entr{'y' if dropped == 1 else 'ies'}"
        problem += f"; read {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} before the damage"
        yield ReadError(source, problem)
    elif not entries:
        yield ReadError(source, "feed has no entries")
