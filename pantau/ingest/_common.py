"""Small helpers shared by the readers (not part of the public API)."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_WS = re.compile(r"\s+")


def one_line(message: object, limit: int = 300) -> str:
    """Squeeze a message onto one line (ReadError messages are shown one per line)."""
    text = _WS.sub(" ", str(message)).strip()
    if len(text) > limit:
        text = text[: limit - 3].rstrip() + "..."
    return text


def iso_date(value: object) -> str | None:
    """Normalise a date to ``YYYY-MM-DD``; ``None`` when it cannot be read.

    Accepts ISO 8601 strings (the date part is kept as written, so the local date of
    "2024-03-05T06:00:00+07:00" stays 2024-03-05), RFC 822 strings as used by RSS
    ("Tue, 05 Mar 2024 06:00:00 +0700"), ``datetime``/``date`` objects and
    ``time.struct_time``.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value)
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO_DATE.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
