"""``pantau eval --task geo FILE``: geocoding against JSONL gold.

Gold lines: {"text", "published"?, "dateline_place"?, "places": [{"name", "start", "end", "country",
"lat"?, "lon"?}]}. A predicted place is a true positive when its span equals a gold span, its
country matches, and — where the gold has coordinates — it lies within 50 km of them.
"""

from __future__ import annotations

import math

from pantau.evaluate import Report, prf, register
from pantau.evaluate._common import linked_doc, read_jsonl


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


@register("geo")
def score_geo(path: str) -> Report:
    tp = fp = fn = 0
    span_tp = 0
    errors = []
    for _lineno, g in read_jsonl(path):
        doc = linked_doc(g)
        pred = {(p["start"], p["end"]): p for p in doc._.places or []}
        gold = {(p["start"], p["end"]): p for p in g["places"]}
        for key, gp in gold.items():
            pp = pred.get(key)
            if pp is None:
                fn += 1
                errors.append({"id": g.get("id"), "missed": gp["name"]})
                continue
            span_tp += 1
            ok = pp.get("country") == gp["country"]
            if ok and gp.get("lat") is not None and pp.get("lat") is not None:
                ok = haversine_km(gp["lat"], gp["lon"], pp["lat"], pp["lon"]) <= 50.0
            if ok:
                tp += 1
            else:
                fp += 1
                fn += 1
                errors.append({"id": g.get("id"), "wrong": gp["name"], "got": [pp.get("country"), pp.get("lat"),
                                                                                 pp.get("lon")]})
        for key, pp in pred.items():
            if key not in gold:
                fp += 1
                errors.append({"id": g.get("id"), "spurious": pp["name"]})
    s = prf(tp, fp, fn)
    return Report("geo", {"precision": s["precision"], "recall": s["recall"], "f1": s["f1"]},
                  per_label={"place": s}, extra={"span_matches": span_tp, "errors": errors})
