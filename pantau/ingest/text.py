"""Plain-text reader: one article per file.

A plain-text file carries no metadata, so the reader takes the two things scrapers and archives
conventionally put in it: a publication date at the start of the file name
("2024-03-11-antara-banjir-rendam-banjarmasin.txt") and a headline on the first line, set off
from the body by a blank line. Both are recorded in ``meta`` (``published_from``, ``title_from``)
so that a user can see where they came from.

Also home of the byte-decoding helpers the other readers reuse (``decode_bytes``,
``binary_kind``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes

from pantau.clean.boilerplate import boilerplate_kind
from pantau.clean.dateline import find_dateline
from pantau.types import RawDocument, ReadError

# Magic numbers of binary formats that people drop into a news folder by mistake.
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf\x27\x1c", "7Z"),
    (b"\x7fELF", "ELF"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
]

# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_CONTROL_SHARE = 0.10  # more than this share of control bytes means "binary"

_UNICODE_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# Single-byte Latin code pages that charset-normalizer often picks for short cp1252
# input (cp1250, latin-1, ...): for Indonesian news the Windows Western page is the
# realistic origin, so it wins whenever it decodes the bytes.
_LATIN_FAMILY = ("cp125", "latin", "iso8859", "mac_", "cp437", "cp850", "cp858")


def binary_kind(data: bytes) -> str | None:
    """Return why ``data`` looks binary ("PNG", "NUL bytes", ...), or ``None`` for text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WEBP"
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _UNICODE_BOMS):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    if b"\x00" in head:
        return "NUL bytes"
    if head and sum(b in _CONTROL for b in head) / len(head) > _CONTROL_SHARE:
        return "control characters"
    return None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``.

    Order: a Unicode BOM; strict UTF-8; the ``declared`` encoding (an HTTP or
    ``<meta>`` charset) if it decodes; charset-normalizer's guess (a Latin code page
    guess becomes cp1252 when cp1252 decodes the bytes). Raises ``ReadError``.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    for bom, name in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise ReadError(source, f"undecodable {name} text ({exc.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared).name
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError(source, "undecodable text: not UTF-8 and no other encoding fits")
    guess = codecs.lookup(best.encoding).name
    if guess != "cp1252" and guess.startswith(_LATIN_FAMILY):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(guess), guess
    except UnicodeDecodeError:  # pragma: no cover - charset-normalizer checked it
        raise ReadError(source, f"undecodable text (guessed {guess})") from None


def check_not_binary(data: bytes, source: str) -> None:
    """Raise ``ReadError`` when ``data`` is empty or binary."""
    if not data:
        raise ReadError(source, "empty file")
    kind = binary_kind(data)
    if kind is not None:
        raise ReadError(source, f"binary file (looks like {kind}), not text")


_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MAX_CHARS = 200
# A line ending like this is a sentence, a list lead-in or a dateline ("JAKARTA, KOMPAS.com -"),
# not a headline. Closing quotes are looked through: 'Jokowi: "Kami siap."' ends a sentence.
_NOT_HEADLINE_END = tuple(".,;:-\u2013\u2014")
_CLOSING = "\"'\u201d\u2019)"


def date_from_name(path: str | Path) -> str | None:
    """The ISO date a file name starts with ("2024-03-11-antara-....txt"), or ``None``."""
    m = _NAME_DATE.match(Path(path).name)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def headline(text: str) -> str | None:
    """The first line when it reads as a headline set off from the body, else ``None``.

    A headline is one short line (at most 25 words) followed by a blank line and more text, not
    ending like a sentence, and neither boilerplate ("Oleh: ...") nor a dateline paragraph.
    """
    body = text.lstrip()
    first, sep, rest = body.replace("\r\n", "\n").partition("\n")
    line = first.strip()
    if not sep or not rest.strip() or rest.split("\n", 1)[0].strip():
        return None  # no blank line after it, or nothing after it
    if not line or len(line) > _HEADLINE_MAX_CHARS or len(line.split()) > _HEADLINE_MAX_WORDS:
        return None
    if line.rstrip(_CLOSING).endswith(_NOT_HEADLINE_END):
        return None
    if boilerplate_kind(line) or find_dateline(line):
        return None
    return line


def read_text_file(path: str | Path) -> RawDocument:
    """Read one plain-text article. Raises ``ReadError``."""
    source = str(path)
    data = Path(path).read_bytes()
    check_not_binary(data, source)
    text, encoding = decode_bytes(data, source)
    if not text.strip():
        raise ReadError(source, "file holds only whitespace")
    meta = {"encoding": encoding}
    published = date_from_name(path)
    if published:
        meta["published_from"] = "file name"
    title = headline(text)
    if title:
        meta["title_from"] = "first line"
    return RawDocument(text=text, path_or_url=source, format="text", title=title, published=published,
                       meta=meta)


def read_text(path: str | Path) -> Iterator[RawDocument | ReadError]:
    """Yield the one document in a text file, or a ``ReadError``."""
    try:
        yield read_text_file(path)
    except ReadError as err:
        yield err
