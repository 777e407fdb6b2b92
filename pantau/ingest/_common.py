"""Small helpers shared by the readers (not part of the public API)."""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_WS = re.compile(r"\s+")
# Indonesian sites write dates day first: "Senin, 04 Maret 2024 14:30 WIB", "4 Mar 2024", "04/03/2024".
_NAMED_DATE = re.compile(r"^\s*(?:[A-Za-z']+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")
_NUMERIC_DATE = re.compile(r"^\s*(?:[A-Za-z']+,?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
# Epoch timestamps carry no zone; Western Indonesian Time is where most national outlets publish.
_WIB = timezone(timedelta(hours=7))


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
    ("Tue, 05 Mar 2024 06:00:00 +0700"), day-first dates as Indonesian sites write them
    ("Senin, 04 Maret 2024 14:30 WIB", "4 Mar 2024", "04/03/2024"), Unix timestamps (seconds or
    milliseconds, read as WIB dates), ``datetime``/``date`` objects and ``time.struct_time``.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _epoch_date(value)
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
        pass
    return _day_first_date(value)


def _epoch_date(seconds: float) -> str | None:
    """A Unix timestamp (seconds, or milliseconds as JavaScript writes them) as a WIB date."""
    if seconds > 1e11:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, _WIB).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _day_first_date(value: str) -> str | None:
    """"Senin, 04 Maret 2024 14:30 WIB", "4 Mar 2024", "04/03/2024" (day first, as Indonesian sites write)."""
    m = _NAMED_DATE.match(value)
    if m:
        day, month, year = int(m[1]), _month(m[2]), int(m[3])
    else:
        m = _NUMERIC_DATE.match(value)
        if not m:
            return None
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    try:
        return date(year, month, day).isoformat() if month else None
    except ValueError:
        return None


def _month(name: str) -> int | None:
    from pantau.extract.dates import MONTHS  # Indonesian names and abbreviations (babel + house spellings)

    name = name.lower()
    return MONTHS.get(name) or _MONTHS_EXTRA.get(name)


# "Mar" is too ambiguous for running text (dates.py drops it) but not in a date field; English
# month names are common in feeds and page metadata.
_ENGLISH = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")
_MONTHS_EXTRA = {**{m: i for i, m in enumerate(_ENGLISH, 1)}, **{m[:3]: i for i, m in enumerate(_ENGLISH, 1)}}
