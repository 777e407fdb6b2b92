"""HTML page reader, built on trafilatura.

``read_html_string`` is the shared entry point: the feed reader (for linked local pages)
and the WARC reader call it too. ``html_fragment_to_text`` turns a snippet of HTML (an
RSS ``content:encoded`` body) into plain text with paragraphs split by a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import set_date_params, use_config

from pantau.ingest._common import iso_date, one_line
from pantau.ingest.text import binary_kind, decode_bytes
from pantau.types import RawDocument, ReadError

# trafilatura's own defaults already keep short pages (MIN_OUTPUT_SIZE is 1); we pin
# that, and lower MIN_EXTRACTED_SIZE (default 250 chars) below which trafilatura runs
# its fallback extractors over the whole page, which can drag menus into short articles.
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "100")
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout in worker threads

_OPENS_AS_PAGE = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
_CLOSES_PAGE = re.compile(rb"</html\s*>", re.I)
_ENDS_IN_TAG = re.compile(r"<[a-zA-Z/!][^<>]*\Z")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")

# Elements of trafilatura's output tree that make one paragraph each.
_TEI_BLOCKS = frozenset({"p", "head", "quote", "code", "list", "table", "item", "row"})
# Roots of an extraction that hold site chrome rather than an article.
_CHROME = frozenset({"nav", "header", "footer", "aside", "menu"})


def truncation_problem(html: str | bytes) -> str | None:
    """Return a problem message when ``html`` was cut off, else ``None``."""
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    raw = raw.lstrip(b"\xef\xbb\xbf")
    if _OPENS_AS_PAGE.match(raw) and not _CLOSES_PAGE.search(raw):
        return "truncated HTML (no closing </html>)"
    tail = raw[-2000:].rstrip().decode("utf-8", "replace")
    if _ENDS_IN_TAG.search(tail):
        return "truncated HTML (ends inside a tag)"
    return None


def _clean_lines(text: str) -> str:
    lines = (_WS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _inline_text(el: etree._Element) -> str:
    """Text of an element, with trafilatura's ``<lb/>`` line breaks kept as newlines."""
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):  # comments, processing instructions
            parts.append(child.tail or "")
            continue
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in ("item", "row", "p"):
            parts.append("\n" + _inline_text(child) + "\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _tree_paragraphs(body: etree._Element) -> list[str]:
    """Paragraphs of trafilatura's extracted tree (its TEI-like XML)."""
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.text and el.text.strip():
            out.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                if child.tag in _TEI_BLOCKS:
                    out.append(_inline_text(child))
                elif child.tag == "lb":
                    out.append("\n")
                else:
                    walk(child)
            if child.tail and child.tail.strip():
                out.append(child.tail)

    walk(body)
    return [p for p in (_clean_lines(p) for p in out) if p]


def _same(a: str, b: str) -> bool:
    return _WS.sub(" ", a).strip().casefold() == _WS.sub(" ", b).strip().casefold()


def _extract(html: str, source: str) -> dict:
    url = source if source.startswith(("http://", "https://")) else None
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # Dates from metadata, <time>, date-classed elements and the URL only: the
        # "extensive" free-text scan picks up footers ("Diperbarui 12 Januari 2023").
        date_extraction_params=set_date_params(extensive=False),
        config=_CONFIG,
    )
    if doc is None:
        return {}
    body = doc.body
    if body is not None and body.tag in _CHROME:
        body = None  # trafilatura's fallback kept only site chrome (a menu): no article
    return {
        "text": (doc.text or "") if body is not None or doc.body is None else "",
        "body": body,
        "title": doc.title,
        "date": doc.date,
        "sitename": doc.sitename,
        "url": doc.url,
        "author": doc.author,
        "description": doc.description,
        "language": doc.language,
    }


def read_html_string(html: str, source: str, fmt: str = "html") -> RawDocument:
    """Extract the article in one HTML page. Raises ``ReadError``.

    ``source`` becomes ``path_or_url`` (and ``url`` when it is an http(s) address);
    ``fmt`` is the ``format`` recorded on the document ("html", "warc", "rss").
    """
    if not html or not html.strip():
        raise ReadError(source, "empty HTML page")
    problem = truncation_problem(html)
    if problem:
        raise ReadError(source, problem)
    try:
        found = _extract(html, source)
    except Exception as exc:  # lxml/trafilatura internals on hostile markup
        raise ReadError(source, one_line(f"HTML extraction failed: {type(exc).__name__}: {exc}")) from None
    paragraphs = _tree_paragraphs(found["body"]) if found.get("body") is not None else []
    if not paragraphs and found.get("text"):
        paragraphs = [p for p in (_clean_lines(t) for t in found["text"].split("\n")) if p]
    title = (found.get("title") or "").strip() or None
    if title and paragraphs and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the headline is kept in .title, not twice
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise ReadError(source, "no article text found in HTML")
    is_url = source.startswith(("http://", "https://"))
    meta = {k: found[k] for k in ("author", "description", "language") if found.get(k)}
    return RawDocument(
        text=text,
        path_or_url=source,
        format=fmt,
        title=title,
        published=iso_date(found.get("date")),
        outlet=(found.get("sitename") or "").strip() or None,
        url=source if is_url else found.get("url"),
        raw_html=html,
        meta=meta,
    )


def decode_html(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode HTML bytes: BOM / UTF-8, then ``declared`` (HTTP charset), then ``<meta charset>``."""
    if declared is None:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    return decode_bytes(data, source, declared=declared)


def read_html_file(path: str | Path) -> RawDocument:
    """Read one HTML page from disk. Raises ``ReadError``."""
    source = str(path)
    data = Path(path).read_bytes()
    if not data.strip():
        raise ReadError(source, "empty file")
    kind = binary_kind(data)
    if kind is not None:
        raise ReadError(source, f"binary file (looks like {kind}), not HTML")
    html, encoding = decode_html(data, source)
    doc = read_html_string(html, source, fmt="html")
    doc.meta["encoding"] = encoding
    return doc


def read_html(path: str | Path) -> Iterator[RawDocument | ReadError]:
    """Yield the one document in an HTML file, or a ``ReadError``."""
    try:
        yield read_html_file(path)
    except ReadError as err:
        yield err


# Tags after which a fragment's text starts a new paragraph.
_FRAGMENT_BLOCKS = frozenset(
    "p div section article header footer aside h1 h2 h3 h4 h5 h6 blockquote pre ul ol li "
    "dl dt dd table tr figure figcaption hr address main nav form".split()
)
_FRAGMENT_DROP = frozenset({"script", "style", "noscript", "template", "iframe", "object"})


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML snippet: paragraphs separated by ``"\\n\\n"``, ``<br>`` as ``"\\n"``."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:  # plain text summary
        paras = re.split(r"\n\s*\n", fragment)
        return "\n\n".join(p for p in (_clean_lines(p) for p in paras) if p)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _clean_lines(re.sub(r"<[^>]*>", " ", fragment))
    chunks: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _FRAGMENT_DROP:
            return
        block = tag in _FRAGMENT_BLOCKS
        if block:
            chunks.append("\n\n")
        if tag == "br":
            chunks.append("\n")
        if tag and el.text:
            chunks.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                chunks.append(child.tail)
        if block:
            chunks.append("\n\n")

    walk(root)
    paras = re.split(r"\n\s*\n", "".join(chunks))
    return "\n\n".join(p for p in (_clean_lines(p) for p in paras) if p)
