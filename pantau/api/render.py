"""Server-side rendering helpers: article text with facts highlighted from their offsets, and SVG
charts (timelines, co-occurrence graphs) drawn as markup so pages need no inline script or style.

Every piece of text that reaches HTML here goes through ``markupsafe.escape``; the only markup is
what this module writes itself.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter, defaultdict
from urllib.parse import quote

from markupsafe import Markup, escape

# -- article highlighting --------------------------------------------------------------------------


def entity_key(e: dict) -> str | None:
    return e.get("entity_id") or e.get("canonical") or e.get("text")


def place_key(p: dict) -> str | None:
    gid = p.get("geonames_id")
    return str(gid) if gid else p.get("name")


def url_part(value) -> str:
    return quote(str(value), safe="")


def _fmt_value(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}".replace(",", ".")
    return str(v)


def _spans(doc: dict) -> list[dict]:
    """Highlightable spans of one document: (start, end, tag, attributes, css class)."""
    spans = []

    def add(items, kind, make):
        for f in items or []:
            try:
                s, e = int(f["start"]), int(f["end"])
            except (KeyError, TypeError, ValueError):
                continue
            spans.append({"start": s, "end": e, "kind": kind, **make(f)})

    add(doc.get("quotes"), "quote", lambda f: {
        "title": f"quote — {f.get('speaker') or 'unknown speaker'}" + (f" ({f['cue']})" if f.get("cue") else "")})
    add(doc.get("entities"), "entity", lambda f: {
        "href": f"/entities/{url_part(entity_key(f))}" if entity_key(f) else None,
        "title": f"{f.get('label') or 'entity'}: {f.get('canonical') or f.get('text')}", "sub": f.get("label")})
    add(doc.get("places"), "place", lambda f: {
        "href": f"/places/{url_part(place_key(f))}" if place_key(f) else None,
        "title": "place: " + ", ".join(str(x) for x in (f.get("name"), f.get("admin1"), f.get("country")) if x)})
    add(doc.get("counts"), "count", lambda f: {
        "title": f"count: {f.get('qualifier') or ''} {_fmt_value(f.get('value'))} {f.get('unit') or ''}"
                 f" · {f.get('kind') or 'other'}" + (f" · {f['place']}" if f.get("place") else "")
                 + (f" · source: {f['source']}" if f.get("source") else "")})
    add(doc.get("dates"), "date", lambda f: {
        "title": f"date: {f.get('value') or '?'} ({f.get('granularity') or '?'})"})
    add(doc.get("repairs"), "repair", lambda f: {"title": f"repaired from “{f.get('raw')}”"})
    return spans


def highlight(doc: dict) -> Markup:
    """The article text as HTML with every fact span marked up (properly nested, all text escaped).

    Spans are nested by start (outer first); a span that crosses the end of an enclosing span is
    cut at that end, so the markup is always well formed whatever the offsets are.
    """
    text = doc.get("text") or ""
    n = len(text)
    order = {"quote": 0, "place": 1, "entity": 1, "count": 2, "date": 3, "repair": 4}
    spans = []
    for s in _spans(doc):
        s["start"], s["end"] = max(0, min(n, s["start"])), max(0, min(n, s["end"]))
        if s["start"] < s["end"]:
            spans.append(s)
    spans.sort(key=lambda s: (s["start"], -s["end"], order.get(s["kind"], 9)))
    out: list[str] = []
    stack: list[dict] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1]["end"] <= limit:
            top = stack.pop()
            out.append(str(escape(text[pos:top["end"]])))
            pos = top["end"]
            out.append("</a>" if top.get("href") else "</span>")

    for s in spans:
        close_until(s["start"])
        if stack and s["end"] > stack[-1]["end"]:
            s = {**s, "end": stack[-1]["end"]}
            if s["start"] >= s["end"]:
                continue
        out.append(str(escape(text[pos:s["start"]])))
        pos = s["start"]
        attrs = f' class="hl hl-{s["kind"]}" title="{escape(s["title"])}"'
        if s.get("href"):
            out.append(f'<a href="{escape(s["href"])}"{attrs}>')
        else:
            out.append(f"<span{attrs}>")
        stack.append(s)
    close_until(n)
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def marked_snippet(snippet: str) -> Markup:
    """An FTS snippet with its match markers turned into <mark> (everything else escaped)."""
    from pantau.api.queries import MARK_CLOSE, MARK_OPEN

    return Markup(str(escape(snippet or "")).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))


# -- timeline chart --------------------------------------------------------------------------------

KIND_COLORS = {"article": "#4c6ef5", "event": "#e8590c", "count": "#2b8a3e", "quote": "#9c36b5",
               "mentions": "#4c6ef5", "other": "#868e96"}


def _parse_date(value) -> dt.date | None:
    if not value:
        return None
    s = str(value)
    for length, fmt in ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y")):
        try:
            return dt.datetime.strptime(s[:length], fmt).date()
        except ValueError:
            continue
    return None


def timeline_svg(items: list[dict], *, date_key: str = "date", kind_key: str | None = None,
                 value_key: str | None = None, width: int = 760, height: int = 180,
                 label: str = "timeline") -> Markup:
    """A bar chart of items over time (stacked by kind when ``kind_key`` is given), as inline SVG.

    Buckets are days, weeks or months depending on the span, so a story of a week and an entity
    seen over years both read well.
    """
    points = []
    for it in items:
        d = _parse_date(it.get(date_key))
        if d is None:
            continue
        kind = str(it.get(kind_key) or "other") if kind_key else "mentions"
        v = it.get(value_key, 1) if value_key else 1
        points.append((d, kind, float(v or 0)))
    if not points:
        return Markup(f'<p class="empty">No dated items for the {escape(label)} yet.</p>')
    lo, hi = min(p[0] for p in points), max(p[0] for p in points)
    span = (hi - lo).days
    if span <= 45:
        bucket, step = (lambda d: d), "day"
    elif span <= 400:
        bucket, step = (lambda d: d - dt.timedelta(days=d.weekday())), "week"
    else:
        bucket, step = (lambda d: d.replace(day=1)), "month"
    bins: dict = defaultdict(Counter)
    for d, kind, v in points:
        bins[bucket(d)][kind] += v
    # Every bucket between the first and last, so gaps show as gaps.
    keys, cur = [], bucket(lo)
    while cur <= bucket(hi):
        keys.append(cur)
        if step == "day":
            cur += dt.timedelta(days=1)
        elif step == "week":
            cur += dt.timedelta(days=7)
        else:
            cur = (cur.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    kinds = sorted({p[1] for p in points}, key=lambda k: list(KIND_COLORS).index(k) if k in KIND_COLORS else 99)
    top = max(sum(c.values()) for c in bins.values()) or 1
    ml, mr, mt, mb = 40, 10, 12, 38
    pw, ph = width - ml - mr, height - mt - mb
    bw = pw / len(keys)
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{ml}" y1="{mt + ph}" x2="{ml + pw}" y2="{mt + ph}" stroke="#adb5bd"/>',
             f'<text x="{ml - 6}" y="{mt + 8}" text-anchor="end" class="axis">{_fmt_value(top)}</text>',
             f'<text x="{ml - 6}" y="{mt + ph}" text-anchor="end" class="axis">0</text>']
    for i, k in enumerate(keys):
        y = mt + ph
        for kind in kinds:
            v = bins.get(k, {}).get(kind, 0)
            if not v:
                continue
            h = max(1.5, ph * v / top)
            y -= h
            parts.append(f'<rect x="{ml + i * bw + 1:.1f}" y="{y:.1f}" width="{max(1.0, bw - 2):.1f}" height="{h:.1f}" '
                         f'fill="{KIND_COLORS.get(kind, KIND_COLORS["other"])}"><title>{escape(k.isoformat())}'
                         f' · {escape(kind)}: {_fmt_value(v)}</title></rect>')
    n_ticks = min(len(keys), 6)
    for j in range(n_ticks):
        i = round(j * (len(keys) - 1) / max(1, n_ticks - 1))
        k = keys[i]
        lab = k.strftime("%Y-%m") if step == "month" else k.isoformat()
        parts.append(f'<text x="{ml + (i + 0.5) * bw:.1f}" y="{mt + ph + 16}" text-anchor="middle" class="axis">'
                     f'{escape(lab)}</text>')
    if kind_key:
        x = ml
        for kind in kinds:
            parts.append(f'<rect x="{x}" y="{height - 12}" width="10" height="10" '
                         f'fill="{KIND_COLORS.get(kind, KIND_COLORS["other"])}"/>'
                         f'<text x="{x + 14}" y="{height - 3}" class="legend">{escape(kind)}</text>')
            x += 24 + 8 * len(kind)
    else:
        parts.append(f'<text x="{ml}" y="{height - 3}" class="legend">per {step}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# -- co-occurrence graph ---------------------------------------------------------------------------

LABEL_COLORS = {"PER": "#1c7ed6", "ORG": "#e67700", "GPE": "#2f9e44", "LOC": "#2f9e44", "NORP": "#ae3ec9",
                "EVT": "#c92a2a"}


def force_layout(nodes: list[dict], edges: list[dict], width: float, height: float,
                 iterations: int = 120, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold layout (deterministic): positions by node key inside the box."""
    keys = [n["key"] for n in nodes]
    if not keys:
        return {}
    rnd = random.Random(seed)
    pos = {k: [rnd.uniform(0.2, 0.8) * width, rnd.uniform(0.2, 0.8) * height] for k in keys}
    center = next((n["key"] for n in nodes if n.get("center")), None)
    if center:
        pos[center] = [width / 2, height / 2]
    k_opt = math.sqrt(width * height / len(keys)) * 0.75
    temp = width / 8
    max_w = max([e["weight"] for e in edges] or [1])
    for _ in range(iterations):
        disp = {k: [0.0, 0.0] for k in keys}
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                d = math.hypot(dx, dy) or 0.01
                f = k_opt * k_opt / d
                disp[a][0] += dx / d * f
                disp[a][1] += dy / d * f
                disp[b][0] -= dx / d * f
                disp[b][1] -= dy / d * f
        for e in edges:
            a, b = e["source"], e["target"]
            if a not in pos or b not in pos:
                continue
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.hypot(dx, dy) or 0.01
            f = d * d / k_opt * (0.5 + e["weight"] / max_w)
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for k in keys:
            if k == center:
                continue
            dx, dy = disp[k]
            d = math.hypot(dx, dy) or 0.01
            pos[k][0] = min(width - 60, max(60, pos[k][0] + dx / d * min(d, temp)))
            pos[k][1] = min(height - 20, max(20, pos[k][1] + dy / d * min(d, temp)))
        temp = max(1.0, temp * 0.95)
    return {k: (v[0], v[1]) for k, v in pos.items()}


def graph_svg(graph: dict, width: int = 760, height: int = 460, label: str = "co-occurrence graph") -> Markup:
    nodes, edges = graph.get("nodes") or [], graph.get("edges") or []
    if len(nodes) < 2:
        return Markup('<p class="empty">No co-occurring entities yet.</p>')
    pos = force_layout(nodes, edges, width, height)
    max_w = max([e["weight"] for e in edges] or [1])
    max_n = max([n.get("weight") or 1 for n in nodes] or [1])
    parts = [f'<svg class="graph" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">']
    for e in edges:
        if e["source"] in pos and e["target"] in pos:
            (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
            parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#adb5bd" '
                         f'stroke-width="{0.8 + 4 * e["weight"] / max_w:.1f}" stroke-opacity="0.7">'
                         f'<title>{escape(e["source"])} — {escape(e["target"])}: {e["weight"]} article(s)</title></line>')
    for n in nodes:
        x, y = pos[n["key"]]
        r = 14 if n.get("center") else 5 + 9 * math.sqrt((n.get("weight") or 1) / max_n)
        color = LABEL_COLORS.get(str(n.get("kind") or "").upper(), "#495057")
        parts.append(f'<a href="/entities/{escape(url_part(n["key"]))}" class="node">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}" stroke="#fff" stroke-width="1.5">'
                     f'<title>{escape(n["label"])} ({escape(n.get("kind") or "?")})</title></circle>'
                     f'<text x="{x:.1f}" y="{y - r - 3:.1f}" text-anchor="middle" class="node-label'
                     f'{" center" if n.get("center") else ""}">{escape(n["label"])}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


# -- claims ledger ---------------------------------------------------------------------------------

def claim_spread(group: dict) -> dict:
    """For a claims group: the smallest and largest value and how far apart they are."""
    values = [c.get("value") for c in group.get("claims") or [] if isinstance(c.get("value"), (int, float))]
    if not values:
        return {"min": None, "max": None, "ratio": None}
    lo, hi = min(values), max(values)
    return {"min": lo, "max": hi, "ratio": (hi / lo) if lo else None}


def fmt_value(v) -> str:
    return "" if v is None else _fmt_value(v)


def ledger_order(groups: list[dict]) -> list[dict]:
    """Claim groups with disagreements first (conflict, update, agree, single), otherwise as given."""
    rank = {"conflict": 0, "update": 1, "agree": 2, "single": 3}
    return sorted(groups or [], key=lambda g: rank.get(g.get("status"), 4))
