"""GDELT Events 2.0 (``pantau export --format events``): one tab-separated row per stored event,
the 61 columns of the GDELT Event Codebook 2.0 in order, no header row.

Actor codes are CAMEO-style (ISO 3166-1 alpha-3 country + agent type); geographic country codes
are FIPS 10-4 as in GDELT. NumMentions/NumSources/NumArticles are 1 (one article per row);
AvgTone is the article's tone."""

from __future__ import annotations

import datetime as dt
import hashlib

from pantau.export import register
from pantau.export.gdelt_common import clean, gdelt_date, loc_fields

AGENT_TYPES = {"GOV", "MIL", "REB", "OPP", "CVL", "REF", "IGO", "COP", "JUD", "LEG", "MED", "NGO", "BUS", "SPY",
               "LAB", "EDU", "REL", "UNO", "HLH"}


def split_code(code: str | None) -> tuple[str, str, list[str]]:
    """CAMEO actor code → (code, country, [type codes])."""
    code = code or ""
    country = code[:3] if len(code) >= 3 and code[:3] not in AGENT_TYPES else ""
    rest = code[len(country):]
    types = [rest[i:i + 3] for i in range(0, len(rest), 3)][:3]
    return code, country, types


def _actor(code, name) -> list[str]:
    code, country, types = split_code(code)
    types += [""] * (3 - len(types))
    return [code, clean(name).upper() if name else "", country, "", "", "", ""] + types


def _geo(place: dict | None) -> list[str]:
    if not place:
        return ["0", "", "", "", "", "", "", ""]
    lf = loc_fields(place)
    return [str(lf["type"]), lf["fullname"], lf["country"], lf["adm1"], "", str(lf["lat"]), str(lf["lon"]),
            str(lf["feature"])]


def event_rows(doc: dict):
    places = doc.get("places") or []
    by_name = {}
    for p in places:
        by_name.setdefault(p["name"], p)
    tone = (doc.get("tone") or {}).get("tone", 0.0)
    source = doc.get("source") or {}
    url = source.get("url") or source.get("path_or_url") or ""
    for k, ev in enumerate(doc.get("events") or []):
        date = (ev.get("date") or doc.get("published") or "")[:10]
        sqldate = gdelt_date(date, "%Y%m%d")
        try:
            d = dt.date.fromisoformat(date)
            frac = round(d.year + (d.timetuple().tm_yday - 1) / 365.0, 4)
        except ValueError:
            frac = ""
        gid = int(hashlib.sha1(f"{doc['id']}|{k}".encode()).hexdigest()[:12], 16)
        cameo = ev.get("cameo") or ""
        action_place = by_name.get(ev.get("place"))
        a1 = next((p for p in places if p["start"] >= 0 and p["name"] == ev.get("actor_text")), None)
        a2 = next((p for p in places if p["name"] == ev.get("target_text")), None)
        yield ([str(gid), sqldate, sqldate[:6], sqldate[:4], str(frac)]
               + _actor(ev.get("actor"), ev.get("actor_text")) + _actor(ev.get("target"), ev.get("target_text"))
               + ["1", cameo, cameo[:3], cameo[:2], str(ev.get("quad_class", "")), str(ev.get("goldstein", "")),
                  "1", "1", "1", str(tone)]
               + _geo(a1 or action_place) + _geo(a2 or action_place) + _geo(action_place)
               + [gdelt_date(doc.get("published")), clean(url)])


@register("events")
def write_events(store, stream) -> int:
    n = 0
    for doc in store.iter_documents():
        for row in event_rows(doc):
            stream.write("\t".join(clean(v) for v in row) + "\n")
            n += 1
    return n
