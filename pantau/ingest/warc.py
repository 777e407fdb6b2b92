"""WARC reader (``.warc``, ``.warc.gz``, ``.arc.gz``), built on warcio.

Every HTML ``response`` record with status 200 becomes one document through
``read_html_string``; all other records are skipped.

warcio is lenient: a file cut short usually just ends the iteration without an error,
and damage is reported by writing to stderr. So the reader checks for itself that every
record is complete (its Content-Length was all there) and, for gzip files, that the
gzip stream ends cleanly, and turns warcio's stderr warnings into a ``ReadError``.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pantau.ingest._common import iso_date, one_line
from pantau.ingest.html import decode_html, read_html_string
from pantau.types import RawDocument, ReadError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16


class _Truncated(Exception):
    pass


def _head(path: Path, size: int = 64) -> bytes:
    """First bytes of the archive, decompressed when it is gzipped."""
    with open(path, "rb") as fh:
        data = fh.read(_CHUNK)
    if data.startswith(_GZIP_MAGIC):
        try:
            return zlib.decompressobj(31).decompress(data, size)
        except zlib.error:
            return b""
    return data[:size]


def gzip_problem(path: str | Path) -> str | None:
    """Check a (multi-member) gzip file end to end; return what is wrong, or ``None``."""
    decomp = zlib.decompressobj(31)
    in_member = False
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            buf = chunk
            while buf:
                in_member = True
                try:
                    decomp.decompress(buf)
                except zlib.error as exc:
                    return f"gzip data is corrupt ({exc})"
                if not decomp.eof:
                    break
                buf = decomp.unused_data  # the next gzip member (one per record)
                decomp = zlib.decompressobj(31)
                in_member = False
    if in_member:
        return "gzip stream ends in the middle of a record"
    return None


def warc_structure_problem(path: str | Path) -> str | None:
    """Walk an uncompressed WARC record by record (headers and Content-Length only).

    Returns what is wrong (a record cut short, garbage between records), or ``None``.
    """
    size = Path(path).stat().st_size
    with open(path, "rb") as fh:
        while True:
            start = fh.tell()
            line = fh.readline()
            while line and not line.strip():  # blank lines between records
                start = fh.tell()
                line = fh.readline()
            if not line:
                return None
            if not line.startswith(b"WARC/"):
                return f"no WARC record header at byte {start}"
            length = None
            while True:
                line = fh.readline()
                if not line:
                    return f"record header at byte {start} is cut short"
                if not line.strip():
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    try:
                        length = int(value.strip())
                    except ValueError:
                        return f"bad Content-Length in the record at byte {start}"
            if length is None:
                return f"record at byte {start} has no Content-Length"
            end = fh.tell() + length
            if end > size:
                return f"record at byte {start} is {end - size} bytes short"
            fh.seek(end)


def _drain(record) -> None:
    """Read what is left of a record and raise ``_Truncated`` if bytes are missing."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    missing = getattr(raw, "limit", 0) or 0
    if missing > 0:
        uri = record.rec_headers.get_header("WARC-Target-URI") or "?"
        raise _Truncated(f"record for {uri} is {missing} bytes short")


def _html_payload(record) -> tuple[bytes, str | None] | None:
    """The HTML body and its declared charset, for a 200 text/html response; else ``None``."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    mime, _, params = ctype.partition(";")
    if mime.strip().lower() not in HTML_TYPES:
        return None
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return record.content_stream().read(), charset


def _record_item(record, source: str) -> RawDocument | ReadError | None:
    payload = _html_payload(record)
    _drain(record)
    if payload is None:
        return None
    data, charset = payload
    uri = record.rec_headers.get_header("WARC-Target-URI") or source
    warc_date = record.rec_headers.get_header("WARC-Date")
    try:
        html, encoding = decode_html(data, uri, declared=charset)
        doc = read_html_string(html, uri, fmt="warc")
    except ReadError as err:
        return ReadError(uri, f"{err.problem} [in {source}]")
    doc.meta.update(
        warc_file=source,
        warc_record_id=record.rec_headers.get_header("WARC-Record-ID"),
        encoding=encoding,
    )
    if warc_date:
        doc.meta["warc_date"] = warc_date
    if doc.published is None and iso_date(warc_date):
        doc.published = iso_date(warc_date)
        doc.meta["published_from"] = "WARC-Date"
    return doc


def read_warc(path: str | Path) -> Iterator[RawDocument | ReadError]:
    """Yield one document per HTML page in the archive, then any archive-level error."""
    path = Path(path)
    source = str(path)
    with open(path, "rb") as fh:
        first = fh.read(4)
    if not first:
        yield ReadError(source, "empty file")
        return
    head = _head(path)
    if not (head.startswith(b"WARC/") or head.startswith(b"filedesc://")):
        what = "gzip data that is not a WARC" if first.startswith(_GZIP_MAGIC) else repr(head[:16])
        yield ReadError(source, f"not a WARC file (starts with {what})")
        return

    found = 0
    warnings = io.StringIO()
    failure = None
    with open(path, "rb") as fh:
        records = iter(ArchiveIterator(fh, arc2warc=True))
        while True:
            try:
                # warcio reports damage on stderr; keep it out of the user's terminal
                with contextlib.redirect_stderr(warnings):
                    record = next(records)
                    item = _record_item(record, source)
            except StopIteration:
                break
            except _Truncated as exc:
                failure = str(exc)
                break
            except Exception as exc:  # ArchiveLoadFailed, EOFError, zlib.error, ...
                failure = one_line(f"{type(exc).__name__}: {exc}")
                break
            if item is not None:
                found += 1
                yield item
    if failure is None:
        if first.startswith(_GZIP_MAGIC):
            failure = gzip_problem(path)
        elif head.startswith(b"WARC/"):
            failure = warc_structure_problem(path)
    if failure is None:
        # e.g. "WARNING: Record not followed by newline, perhaps Content-Length is invalid"
        if "WARNING" in warnings.getvalue():
            failure = one_line("warcio: " + warnings.getvalue())
    if failure is not None:
        yield ReadError(source, f"truncated or corrupt WARC: {failure}")
    elif found == 0:
        yield ReadError(source, "no HTML pages in this WARC (no 200 text/html response records)")
