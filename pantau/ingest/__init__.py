"""Readers: turn files (text, JSON Lines, HTML, RSS/Atom, WARC) into ``RawDocument``s.

``read_paths`` is the entry point: it takes files and folders, picks a reader per file
(``detect_format``) and yields documents and ``ReadError``s. It never raises for a bad
file: every problem becomes a ``ReadError`` that names the file (or ``file:line``).
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pantau.ingest._common import one_line
from pantau.ingest.feeds import read_feed
from pantau.ingest.html import read_html, read_html_string
from pantau.ingest.jsonl import read_jsonl
from pantau.ingest.text import read_text
from pantau.ingest.warc import read_warc
from pantau.types import RawDocument, ReadError

__all__ = [
    "FORMATS",
    "detect_format",
    "read_html_string",
    "read_path",
    "read_paths",
]

Reader = Callable[[Path], Iterator["RawDocument | ReadError"]]

FORMATS: dict[str, Reader] = {
    "text": read_text,
    "jsonl": read_jsonl,
    "html": read_html,
    "rss": read_feed,
    "warc": read_warc,
}

# Longest suffixes first, so that ".warc.gz" wins over ".gz".
_EXTENSIONS = [
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".warc", "warc"),
    (".ndjson", "jsonl"),
    (".jsonl", "jsonl"),
    (".xhtml", "html"),
    (".html", "html"),
    (".htm", "html"),
    (".atom", "rss"),
    (".rss", "rss"),
    (".rdf", "rss"),
    (".xml", "rss"),
    (".text", "text"),
    (".txt", "text"),
]

# Inside folders these are project files, not news.
_SKIP_IN_FOLDERS = (".md", ".py", ".pyc")
_SNIFF_BYTES = 4096


def _sniff(path: Path) -> str:
    with open(path, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            inner = b""
        return "warc" if inner.startswith((b"WARC/", b"filedesc://")) else "text"
    if head.startswith(b"WARC/"):
        return "warc"
    low = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "rss"
    if low.startswith(b"<?xml"):
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return "rss"
        if b"<html" in low:
            return "html"
    if low.startswith((b"<!doctype html", b"<html")):
        return "html"
    if low.startswith(b"{"):
        return "jsonl"
    return "text"


def detect_format(path: str | Path) -> str:
    """The reader for ``path``: by extension, else by sniffing its first bytes.

    One of ``"text"``, ``"jsonl"``, ``"html"``, ``"rss"`` (RSS and Atom), ``"warc"``.
    """
    name = Path(path).name.lower()
    for suffix, fmt in _EXTENSIONS:
        if name.endswith(suffix):
            return fmt
    return _sniff(Path(path))


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _read_file(path: Path, fmt: str | None) -> Iterator[RawDocument | ReadError]:
    source = str(path)
    if not path.is_file():  # a FIFO or device would block or never end
        yield ReadError(source, "not a regular file")
        return
    try:
        fmt = fmt or detect_format(path)
        reader = FORMATS.get(fmt)
        if reader is None:
            yield ReadError(source, f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
            return
        yield from reader(path)
    except ReadError as err:
        yield err
    except PermissionError:
        yield ReadError(source, "permission denied")
    except IsADirectoryError:
        yield ReadError(source, "is a folder")
    except OSError as exc:
        yield ReadError(source, one_line(f"cannot read file: {exc.strerror or exc}"))
    except Exception as exc:  # a reader bug or a library choking: report, go on
        yield ReadError(source, one_line(f"unexpected error: {type(exc).__name__}: {exc}"))


def _folder_files(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, sorted, recursively, without hidden or project files."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower().endswith(_SKIP_IN_FOLDERS):
                continue
            yield Path(root) / name  # non-regular files (FIFOs...) are reported by _read_file


def read_path(path: str | Path, fmt: str | None = None) -> Iterator[RawDocument | ReadError]:
    """Read one file (or folder, or URL); ``fmt`` forces a reader instead of detection."""
    source = str(path)
    if isinstance(path, str) and _is_url(path):
        yield ReadError(path, "fetching URLs is not supported yet; download the page and pass the file")
        return
    p = Path(path)
    if not p.exists():
        yield ReadError(source, "no such file or directory")
        return
    if p.is_dir():
        count = 0
        for file in _folder_files(p):
            count += 1
            yield from _read_file(file, fmt)
        if count == 0:
            yield ReadError(source, "folder holds no files to read")
        return
    yield from _read_file(p, fmt)


def read_paths(
    paths: Iterable[str | Path], fmt: str | None = None
) -> Iterator[RawDocument | ReadError]:
    """Read files and folders in order; yield documents and ``ReadError``s, never raise."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in paths:
        yield from read_path(path, fmt)
