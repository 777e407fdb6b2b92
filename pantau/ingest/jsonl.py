"""JSON Lines reader: one article object per line.

Keys: ``text`` (or ``body`` / ``content``), ``title``, ``url``, ``published``,
``outlet``. Other keys are kept in ``meta["extra"]``. A bad line gives a ``ReadError``
naming ``path:line`` and the rest of the file is still read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from pantau.ingest._common import iso_date, one_line
from pantau.types import RawDocument, ReadError

TEXT_KEYS = ("text", "body", "content")
KNOWN_KEYS = frozenset(TEXT_KEYS + ("title", "url", "published", "outlet"))


def _opt_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def parse_line(obj: object, path: str, lineno: int) -> RawDocument:
    """Turn one decoded JSON value into a ``RawDocument``. Raises ``ReadError``."""
    source = f"{path}:{lineno}"
    if not isinstance(obj, dict):
        raise ReadError(source, f"expected a JSON object, got {type(obj).__name__}")
    key = next((k for k in TEXT_KEYS if k in obj), None)
    if key is None:
        raise ReadError(source, "no article text (none of the keys text, body, content)")
    text = obj[key]
    if not isinstance(text, str):
        raise ReadError(source, f"'{key}' is {type(text).__name__}, not a string")
    if not text.strip():
        raise ReadError(source, f"'{key}' is empty")
    url = _opt_str(obj, "url")
    meta: dict = {"file": path, "line": lineno}
    published_raw = obj.get("published")
    published = iso_date(published_raw)
    if published_raw not in (None, "") and published is None:
        meta["published_raw"] = published_raw
    extra = {k: v for k, v in obj.items() if k not in KNOWN_KEYS}
    if extra:
        meta["extra"] = extra
    return RawDocument(
        text=text,
        path_or_url=url or source,
        format="jsonl",
        title=_opt_str(obj, "title"),
        published=published,
        outlet=_opt_str(obj, "outlet"),
        url=url,
        meta=meta,
    )


def read_jsonl(path: str | Path) -> Iterator[RawDocument | ReadError]:
    """Yield one document per good line and one ``ReadError`` per bad line."""
    path = str(path)
    data = Path(path).read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip():
        yield ReadError(path, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield ReadError(path, "binary file (NUL bytes), not JSON Lines")
        return
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        source = f"{path}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield ReadError(source, f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(source, one_line(f"invalid JSON: {exc.msg} at column {exc.colno}"))
            continue
        try:
            yield parse_line(obj, path, lineno)
        except ReadError as err:
            yield err
