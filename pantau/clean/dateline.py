"""Datelines that open Indonesian news bodies: "Istanbul (ANTARA News) -", "JAKARTA, KOMPAS.com -",
"TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta:", "Jakarta, CNN Indonesia --", and detik's place-only
"Jakarta -".

Hand-written because these conventions are specific to Indonesian outlets; no library parses them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pantau.clean.lexicon_files import read_tsv

_DASH = r"\s*(?:-{1,2}|–|—|:)\s*"
# (lower-case particles inside a hyphenated name: "Port-au-Prince", "Aix-en-Provence")
# (with a lower-case particle between capitalised words: "Rio de Janeiro", "Sharm el-Sheikh")
_PLACE = r"(?P<place>[A-Z][A-Za-z'’.]*(?:[ -](?:(?:de|da|do|dos|del|la|le|al|el|es|sur|upon|on)\s)?(?:[a-z]{1,3}-)*[A-Z][A-Za-z'’.]*){0,3})"
# An optional date after the place: "Jakarta, 14/3 (ANTARA) -" or "Jakarta, Senin (14/3) -".
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
_DATE = rf"(?:,?\s*(?:{_DAY}\s*)?\(?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)?)?"
# Outlet names: "ANTARA News", "KOMPAS.com", "TEMPO.CO", "Liputan6.com", "CNN Indonesia", "detikNews".
_OUTLET_WORD = r"[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]{2,4}){0,2}"
_OUTLET = rf"(?P<outlet>{_OUTLET_WORD}(?: {_OUTLET_WORD}){{0,2}})"

# The country or region after a foreign place: "Derna, Libya (ANTARA) -". The place is the town.
_REGION = rf"(?P<region>,\s*(?!{_DAY}\b)[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){{0,2}})?"

_PATTERNS = [
    # Istanbul (ANTARA News) -     Jakarta (Reuters) -     Derna, Libya (ANTARA) -
    re.compile(rf"{_PLACE}{_REGION}{_DATE}\s*\({_OUTLET}\){_DASH}"),
    # JAKARTA, KOMPAS.com -        Jakarta, CNN Indonesia --
    re.compile(rf"{_PLACE}{_DATE},\s*{_OUTLET}{_DASH}"),
    # TEMPO.CO, Jakarta -          Liputan6.com, Jakarta:
    re.compile(rf"{_OUTLET},\s*{_PLACE}{_DATE}{_DASH}"),
]
# detik and many regional sites name only the place: "Jakarta - Bank Indonesia ...". With no outlet
# to vouch for it, the place must be a city or region the gazetteer knows, and the dash a real one
# with a space on each side (not a colon: "Presiden: ..." is speech), and what follows must not be
# another place ("Jakarta - Bandung ditempuh dua jam" is a route).
_PLACE_ONLY = re.compile(rf"{_PLACE}\s+(?:-{{1,2}}|–|—)\s+(?P<next>\w+)?")
_DATELINE_FEATURES = {"city", "admin1", "admin2"}


@dataclass(frozen=True)
class Dateline:
    place: str
    outlet: str | None  # as written ("ANTARA News"); None for a place-only dateline ("Jakarta -")
    canonical_outlet: str | None  # normalized ("ANTARA")
    start: int  # span of the whole dateline (with its trailing dash and space) in the given text
    end: int


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    return {alias.lower(): canonical for alias, canonical in read_tsv("outlets.tsv")}


def canonical_outlet(name: str | None) -> str | None:
    """Map an outlet alias ("ANTARA News", "KOMPAS.com") to its canonical name, or None if unknown.

    Feed and page titles add a section to the outlet's name ("ANTARA News - Terkini",
    "Berita Terkini | Tempo.co"): a known outlet on either side of the separator counts.
    """
    if not name:
        return None
    outlets = _outlets()
    known = outlets.get(name.strip().lower())
    parts = re.split(r"\s+[-–—|:]\s+", name.strip())
    if known is None and len(parts) > 1:
        known = next((outlets[p.lower()] for p in parts if p.lower() in outlets), None)
    return known


# Last words that make a name an outlet's: "Warta News", "Borneo Post", "Suara Online", "Radar TV".
MEDIA_WORDS = {"news", "online", "post", "pos", "times", "tv", "media", "daily", "today", "network",
               "channel", "radio", "newsroom", "express", "tribune", "herald", "agency"}


def _looks_like_outlet(name: str) -> bool:
    return canonical_outlet(name) is not None or bool(re.search(r"\.(com|co|id|net)\b", name, re.I)) \
        or (" " in name and name.split()[-1].lower() in MEDIA_WORDS)


def _nice_place(place: str) -> str:
    # Datelines often shout the place ("JAKARTA"); the place itself is written in title case.
    return place.title() if place.isupper() else place


def _same_outlet(name: str, source_outlet: str | None) -> bool:
    """The source's own metadata (site name, feed title) vouches for an outlet we do not know."""
    if not source_outlet:
        return False
    a, b = name.strip().lower(), source_outlet.strip().lower()
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")


def find_dateline(text: str, start: int = 0, source_outlet: str | None = None) -> Dateline | None:
    """The dateline at ``text[start:]``, if the body opens with one.

    ``source_outlet`` is the outlet named by the source's metadata, if any: a dateline naming that
    outlet is accepted even when the outlet is not in lexicons/outlets.tsv.
    """
    head = text[start : start + 120]
    for i, pattern in enumerate(_PATTERNS):
        m = pattern.match(head)
        if not m:
            continue
        outlet, place = m.group("outlet").strip(), m.group("place").strip()
        # An unknown outlet is accepted only in capitals inside parentheses ("Medan (WASPADA) -");
        # otherwise "Presiden Joko Widodo (Jokowi) - ..." or "Jakarta, Indonesia - ..." would pass.
        # "MAKASSAR, Warta Nusantara -": a shouted place before the comma is a dateline convention too.
        # "Sleman (Warta Desa) -": a town the gazetteer knows before an unknown name in parentheses
        # (unless that name is a place too: "Bandung (Jabar) -").
        known = _looks_like_outlet(outlet) or _same_outlet(outlet, source_outlet)
        if m.groupdict().get("region") and not known:
            continue  # "Presiden Joko Widodo, Jokowi (PDIP) -" is no dateline
        vouched = (known or (i == 0 and outlet.isupper()) or (i == 1 and place.isupper() and len(place) > 2)
                   or (i == 0 and _known_town(_nice_place(place)) and not _places(outlet)))
        if not vouched:
            continue
        if canonical_outlet(place) is not None:  # "TEMPO.CO" matched as a place by the first patterns
            continue
        return Dateline(
            place=_nice_place(place),
            outlet=outlet,
            canonical_outlet=canonical_outlet(outlet) or outlet,  # an unknown outlet keeps its own name
            start=start + m.start(),
            end=start + m.end(),
        )
    return _place_only(head, start)


def _places(name: str) -> list:
    """The gazetteer's places of that name."""
    from pantau.link.gazetteer import gazetteer  # imported here: cleaning alone need not load it early

    return gazetteer().lookup(name)


def _known_town(name: str) -> bool:
    """A city, province or regency of the gazetteer under its main name."""
    return any(p.feature in _DATELINE_FEATURES and p.primary for p in _places(name))


def _place_only(head: str, start: int) -> Dateline | None:
    m = _PLACE_ONLY.match(head)
    if not m:
        return None
    place = _nice_place(m.group("place").strip())
    if not _known_town(place):
        return None
    if m.group("next") and any(p.feature in ("country", "admin1") or p.population >= 100_000
                               for p in _places(m.group("next"))):
        return None
    end = m.start("next") if m.group("next") else m.end()
    return Dateline(place=place, outlet=None, canonical_outlet=None, start=start + m.start(), end=start + end)
