"""The place gazetteer (pantau/lexicons/gazetteer_id.tsv, built by scripts/build_gazetteer.py).

Loaded once per process (about 43,000 places, well under a second) into a name index:
normalized name -> candidate places. Sources and licenses are in the TSV header.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pantau.link.lexicon import LEXICONS, norm, rows

GAZETTEER = LEXICONS / "gazetteer_id.tsv"


@dataclass(frozen=True)
class Place:
    geonames_id: int
    feature: str  # country | admin1 | admin2 (Indonesian regency or city GeoNames lacks) | city | region
    country: str  # ISO 3166-1 alpha-2 ('' for multi-country regions)
    admin1: str
    lat: float
    lon: float
    population: int
    name: str
    primary: bool = True  # the looked-up name is the place's main name (not an alternate)


class Gazetteer:
    def __init__(self) -> None:
        self.index: dict[str, list[Place]] = {}
        self.countries: dict[str, Place] = {}
        self.max_tokens = 1
        with open(GAZETTEER, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                gid, feature, cc, admin1, lat, lon, pop, name, alts = line.rstrip("\n").split("\t")
                place = Place(int(gid), feature, cc, admin1, float(lat), float(lon), int(pop), name)
                if feature == "country":
                    self.countries[cc] = place
                self._add(name, place)
                if alts:
                    alt_place = None
                    for alt in alts.split("|"):
                        if alt_place is None:
                            alt_place = Place(place.geonames_id, feature, cc, admin1, place.lat, place.lon,
                                              place.population, name, primary=False)
                        self._add(alt, alt_place)

    def _add(self, name: str, place: Place) -> None:
        key = norm(name)
        lst = self.index.setdefault(key, [])
        if any(p.geonames_id == place.geonames_id for p in lst):
            return
        lst.append(place)
        self.max_tokens = max(self.max_tokens, key.count(" ") + 1)

    def lookup(self, name: str) -> list[Place]:
        return self.index.get(norm(name), [])

    def country(self, cc: str) -> Place | None:
        return self.countries.get(cc)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


@lru_cache(maxsize=1)
def exonym_names() -> frozenset[str]:
    """Names from the hand-written exonym lexicon (trusted even when they look like common words)."""
    return frozenset(norm(r[0]) for r in rows("exonyms_id.tsv"))
