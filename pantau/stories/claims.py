"""The claims ledger: every count a story's reports state, grouped and compared.

Claims are the typed ``counts`` of a story's articles (duplicates left out: a reprint is not another
report; counts of kind "other" are left out too: untyped numbers — "enam TPS", "412 pemilih" — are
not comparable statements about one quantity). They are grouped by ``(kind, unit, place, time window)``
(1,200 houses and 1,200 people are different claims):

- *place* is compared case-insensitively; claims without a place join the only placed group of
  their kind when there is exactly one, else form their own group;
- *time window*: the claims of a (kind, place) pair, in date order, are cut wherever two
  consecutive claims are more than ``WINDOW_GAP_DAYS`` apart.

Each claim is read as an interval around its value according to its qualifier (exact ±2 %,
about ±10 %, almost [90 %, 100 %], more_than/at_least [100 %, 125 %], less_than [80 %, 100 %]; vague orders of magnitude such as
"ribuan" [value, 10 × value]); two
claims *agree* when their intervals overlap. The *source* of a claim is who states it (``source``),
or the outlet when the text names nobody.

Status of a group:

- ``single``: one claim;
- ``conflict``: two different sources whose current figures (each source's latest claim) were
  stated within ``SAME_TIME_DAYS`` of each other do not agree — e.g. PBB "lebih dari 200.000"
  against UOSSM "lebih dari 300.000" in the same article;
- ``update``: otherwise, when a source restated a different figure later (the later one
  supersedes its earlier one), or when figures from different sources disagree but were stated
  far apart in time (the count moved on);
- ``agree``: all figures agree.
"""

from __future__ import annotations

import datetime as dt
import re

WINDOW_GAP_DAYS = 14
SAME_TIME_DAYS = 3

_INTERVAL = {
    "exact": (0.98, 1.02), None: (0.98, 1.02), "about": (0.9, 1.1), "almost": (0.9, 1.0),
    "more_than": (1.0, 1.25), "at_least": (1.0, 1.25), "less_than": (0.8, 1.0), "range": (1.0, 1.25),
}


# "ribuan orang", "puluhan ribu warga": an order of magnitude, not a figure to hold anyone to.
_VAGUE = re.compile(r"\b(belasan|puluhan|ratusan|ribuan|jutaan|miliaran)\b", re.IGNORECASE)


def interval(value: float, qualifier: str | None, text: str | None = None) -> tuple[float, float]:
    if text and _VAGUE.search(text):
        return value, value * 10
    lo, hi = _INTERVAL.get(qualifier, _INTERVAL["exact"])
    return value * lo, value * hi


def agree(a: dict, b: dict) -> bool:
    if a.get("value") is None or b.get("value") is None:
        return True
    a_lo, a_hi = interval(float(a["value"]), a.get("qualifier"), a.get("text"))
    b_lo, b_hi = interval(float(b["value"]), b.get("qualifier"), b.get("text"))
    return a_lo <= b_hi and b_lo <= a_hi


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _source_key(c: dict) -> str:
    src = (c.get("source") or "").strip().lower()
    return src or ("outlet:" + (c.get("outlet") or "").strip().lower())


def claims_from_articles(analyses: list[dict], skip: set[str] = frozenset()) -> list[dict]:
    """Flatten the counts of stored Analysis dicts into claim dicts (DESIGN.md claim fields)."""
    out = []
    for a in analyses:
        if a["id"] in skip:
            continue
        for c in a.get("counts") or []:
            if c.get("value") is None or (c.get("kind") or "other") == "other":
                continue
            out.append({
                "value": c["value"], "qualifier": c.get("qualifier"), "text": c.get("text"),
                "kind": c.get("kind") or "other", "unit": c.get("unit"), "place": c.get("place"),
                "source": c.get("source"), "outlet": a.get("outlet"), "published": a.get("published"),
                "article_id": a["id"], "start": c.get("start"), "end": c.get("end"),
            })
    return out


def status(claims: list[dict]) -> str:
    if len(claims) == 1:
        return "single"
    by_source: dict[str, list[dict]] = {}
    for c in claims:
        by_source.setdefault(_source_key(c), []).append(c)
    updated = any(len({(float(c["value"]), c.get("qualifier")) for c in cs}) > 1 and
                  not all(agree(x, y) for x in cs for y in cs) for cs in by_source.values())
    current = [max(cs, key=lambda c: (c.get("published") or "", c.get("start") or 0)) for cs in by_source.values()]
    drift = False
    for i, x in enumerate(current):
        for y in current[i + 1:]:
            if agree(x, y):
                continue
            dx, dy = _day(x.get("published")), _day(y.get("published"))
            if dx is None or dy is None or abs((dx - dy).days) <= SAME_TIME_DAYS:
                return "conflict"
            drift = True
    return "update" if updated or drift else "agree"


def ledger(claims: list[dict]) -> list[dict]:
    """Group claims by (kind, unit, place, time window) and give each group its status."""
    by_kind: dict[tuple[str, str], list[dict]] = {}
    for c in claims:
        by_kind.setdefault((c.get("kind") or "other", c.get("unit") or "people"), []).append(c)
    groups = []
    for (kind, _unit), cs in by_kind.items():
        by_place: dict[str | None, list[dict]] = {}
        names: dict[str | None, str | None] = {}
        for c in cs:
            key = (c.get("place") or "").strip().lower() or None
            by_place.setdefault(key, []).append(c)
            names.setdefault(key, c.get("place"))
        placed = [k for k in by_place if k is not None]
        if None in by_place and len(placed) == 1:
            by_place[placed[0]].extend(by_place.pop(None))
        for key, pcs in by_place.items():
            pcs.sort(key=lambda c: (c.get("published") or "", c.get("article_id") or "", c.get("start") or 0))
            window: list[dict] = []
            for c in pcs:
                if window:
                    prev, cur = _day(window[-1].get("published")), _day(c.get("published"))
                    if prev and cur and (cur - prev).days > WINDOW_GAP_DAYS:
                        groups.append(_group(kind, names[key], window))
                        window = []
                window.append(c)
            if window:
                groups.append(_group(kind, names[key], window))
    order = {"conflict": 0, "update": 1, "agree": 2, "single": 3}
    groups.sort(key=lambda g: (order[g["status"]], g["window"][0] or "", g["kind"], g["place"] or ""))
    return groups


def _group(kind: str, place: str | None, claims: list[dict]) -> dict:
    dates = [c["published"] for c in claims if c.get("published")]
    fields = ("value", "qualifier", "text", "unit", "source", "outlet", "published", "article_id", "start", "end")
    return {"kind": kind, "place": place, "window": [min(dates, default=None), max(dates, default=None)],
            "status": status(claims), "claims": [{k: c.get(k) for k in fields} for c in claims]}
