"""Story documents (DESIGN.md "The Story document"), story listings, timelines and trending.

**Trending rule**: the reference day is the latest publication date in the store (so historical
corpora behave like live ones). A story is trending when, in the ``RECENT_DAYS`` days ending on the
reference day, it got at least ``TRENDING_MIN`` articles and its daily rate there is at least
``TRENDING_FACTOR`` times its own baseline daily rate over the ``BASELINE_DAYS`` days before
(the baseline is floored at one article per ``BASELINE_FLOOR_DAYS`` days, so a brand-new story
needs a real burst, not one article).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select

from pantau.store.schema import articles
from pantau.stories.claims import claims_from_articles, ledger
from pantau.stories.cluster import assign, ensure_tables
from pantau.stories.schema import stories, story_articles, story_related
from pantau.stories.summary import summarize

RECENT_DAYS = 2
BASELINE_DAYS = 28
TRENDING_MIN = 3
TRENDING_FACTOR = 3.0
BASELINE_FLOOR_DAYS = 14


def sync(store) -> int:
    """Assign stories to stored articles that have none yet (stored before this stage ran)."""
    with store.engine.begin() as conn:
        ensure_tables(store, conn)
        todo = conn.execute(
            select(articles.c.id).outerjoin(story_articles, story_articles.c.article_id == articles.c.id)
            .where(story_articles.c.article_id.is_(None))
            .order_by(articles.c.published, articles.c.ingested_at, articles.c.id)).scalars().all()
    for aid in todo:
        with store.engine.begin() as conn:
            row = conn.execute(select(articles.c.analysis).where(articles.c.id == aid)).first()
            assign(store, conn, dict(row.analysis))
    return len(todo)


def _reference_day(conn) -> dt.date | None:
    last = conn.execute(select(func.max(story_articles.c.published))).scalar()
    return dt.date.fromisoformat(last) if last else None


def trending_rates(dates: list[str | None], ref: dt.date | None) -> tuple[bool, float, float]:
    """(trending, recent articles/day, baseline articles/day) from a story's article dates."""
    if ref is None:
        return False, 0.0, 0.0
    recent_from = ref - dt.timedelta(days=RECENT_DAYS - 1)
    base_from = recent_from - dt.timedelta(days=BASELINE_DAYS)
    recent = base = 0
    for d in dates:
        if not d:
            continue
        day = dt.date.fromisoformat(d[:10])
        if recent_from <= day <= ref:
            recent += 1
        elif base_from <= day < recent_from:
            base += 1
    r_rate, b_rate = recent / RECENT_DAYS, base / BASELINE_DAYS
    hot = recent >= TRENDING_MIN and r_rate >= TRENDING_FACTOR * max(b_rate, 1.0 / BASELINE_FLOOR_DAYS)
    return hot, r_rate, b_rate


def _members(conn, story_id: str) -> list:
    return conn.execute(select(story_articles.c.article_id, story_articles.c.duplicate_of,
                               story_articles.c.published, story_articles.c.seq)
                        .where(story_articles.c.story_id == story_id)
                        .order_by(story_articles.c.published, story_articles.c.seq)).all()


def top_entities(analyses: list[dict], n: int = 10) -> list[dict]:
    counts: Counter = Counter()
    names: dict[str, tuple[str | None, str]] = {}
    for a in analyses:
        for e in a.get("entities") or []:
            name = e.get("canonical") or e.get("text")
            if not name:
                continue
            key = e.get("entity_id") or name.lower()
            counts[key] += 1
            names.setdefault(key, (e.get("entity_id"), name))
    return [{"entity_id": names[k][0], "canonical": names[k][1], "mentions": m} for k, m in counts.most_common(n)]


def top_places(analyses: list[dict], n: int = 10) -> list[dict]:
    counts: Counter = Counter()
    info: dict[str, dict] = {}
    for a in analyses:
        for p in a.get("places") or []:
            if p.get("name"):
                key = p["name"].lower()
                counts[key] += 1
                info.setdefault(key, {k: p.get(k) for k in ("name", "country", "lat", "lon", "geonames_id")})
        dl = (a.get("dateline") or {}).get("place")
        if dl:
            counts[dl.lower()] += 1
            info.setdefault(dl.lower(), {"name": dl})
    return [{**info[k], "mentions": m} for k, m in counts.most_common(n)]


def key_terms(centroid: dict, n: int = 8) -> list[str]:
    return [k for k, _ in sorted(centroid.items(), key=lambda kv: -kv[1]) if ":" not in k][:n]


_KIND_ORDER = {"article": 0, "event": 1, "count": 2, "quote": 3}


def timeline(analyses: list[dict], dup: dict[str, str | None]) -> list[dict]:
    """Articles, events, counts and quotes, ordered by date (event date, else publication date)."""
    items = []
    for order, a in enumerate(analyses):
        pub = a.get("published")
        items.append({"date": pub, "kind": "article", "article_id": a["id"],
                      "ref": {"title": a.get("title"), "outlet": a.get("outlet"),
                              "duplicate_of": dup.get(a["id"])}, "_o": (order, 0)})
        if dup.get(a["id"]):
            continue  # a reprint's facts are its original's
        for ev in a.get("events") or []:
            items.append({"date": ev.get("date") or pub, "kind": "event", "article_id": a["id"], "ref": ev,
                          "_o": (order, ev.get("start") or 0)})
        for c in a.get("counts") or []:
            items.append({"date": pub, "kind": "count", "article_id": a["id"],
                          "ref": {k: c.get(k) for k in ("value", "text", "qualifier", "kind", "unit", "place",
                                                        "source", "start", "end")},
                          "_o": (order, c.get("start") or 0)})
        for q in a.get("quotes") or []:
            items.append({"date": pub, "kind": "quote", "article_id": a["id"],
                          "ref": {k: q.get(k) for k in ("speaker", "text", "cue", "direct", "start", "end")},
                          "_o": (order, q.get("start") or 0)})
    items.sort(key=lambda it: (it["date"] or "9999", it["_o"][0], _KIND_ORDER[it["kind"]], it["_o"][1]))
    for it in items:
        del it["_o"]
    return items


def _analyses(conn, ids: list[str]) -> list[dict]:
    rows = {r.id: dict(r.analysis) for r in conn.execute(select(articles.c.id, articles.c.analysis)
                                                         .where(articles.c.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def get_story(store, story_id: str, summary_sentences: int = 5) -> dict | None:
    """The Story document of ``story_id`` (DESIGN.md), or None when there is no such story."""
    sync(store)
    with store.engine.connect() as conn:
        row = conn.execute(select(stories).where(stories.c.id == story_id)).mappings().first()
        if row is None:
            return None
        members = _members(conn, story_id)
        ids = [m.article_id for m in members]
        dup = {m.article_id: m.duplicate_of for m in members}
        analyses = _analyses(conn, ids)
        related = conn.execute(select(story_related.c.related_id, story_related.c.score)
                               .where(story_related.c.story_id == story_id)
                               .order_by(story_related.c.score.desc())).all()
        ref = _reference_day(conn)
    skip = {i for i, d in dup.items() if d}
    hot, r_rate, b_rate = trending_rates([m.published for m in members], ref)
    return {
        "id": story_id,
        "title": row["title"],
        "articles": ids,
        "duplicates": [{"article_id": i, "duplicate_of": d} for i, d in dup.items() if d],
        "related": [r.related_id for r in related],
        "first_seen": row["first_seen"], "last_seen": row["last_seen"],
        "trending": hot,
        "summary": summarize(analyses, skip=skip, n=summary_sentences),
        "timeline": timeline(analyses, dup),
        "entities": top_entities([a for a in analyses if a["id"] not in skip]),
        "claims": ledger(claims_from_articles(analyses, skip=skip)),
        # extensions
        "places": top_places([a for a in analyses if a["id"] not in skip]),
        "terms": key_terms(row["centroid"]),
        "size": len(ids), "reports": len(ids) - len(skip),
        "rate": {"recent_per_day": r_rate, "baseline_per_day": b_rate},
        "outlets": sorted({a.get("outlet") for a in analyses if a.get("outlet")}),
    }


def list_stories(store, since: str | None = None, limit: int | None = None) -> list[dict]:
    """Stories, most recently active first: id, title, size, span, trending, top entities/terms."""
    sync(store)
    with store.engine.connect() as conn:
        q = select(stories).order_by(stories.c.last_seen.desc(), stories.c.n_articles.desc(), stories.c.id)
        if since:
            q = q.where(stories.c.last_seen >= since)
        if limit:
            q = q.limit(limit)
        rows = conn.execute(q).mappings().all()
        ref = _reference_day(conn)
        out = []
        for row in rows:
            members = _members(conn, row["id"])
            out.append({"id": row["id"], "title": row["title"], "size": row["n_articles"],
                        "reports": row["n_reports"], "first_seen": row["first_seen"],
                        "last_seen": row["last_seen"],
                        "trending": trending_rates([m.published for m in members], ref)[0],
                        "entities": _story_entities(conn, [m.article_id for m in members if not m.duplicate_of]),
                        "terms": key_terms(row["centroid"], 5)})
    return out


def _story_entities(conn, ids: list[str], n: int = 5) -> list[dict]:
    from pantau.store.schema import entities

    if not ids:
        return []
    name = func.coalesce(entities.c.canonical, entities.c.text)
    rows = conn.execute(select(name.label("name"), func.count().label("n")).where(entities.c.article_id.in_(ids))
                        .group_by(name).order_by(func.count().desc(), name).limit(n)).all()
    return [{"canonical": r.name, "mentions": r.n} for r in rows]


def entity_timeline(store, name: str) -> list[dict]:
    """Per-entity timeline: the articles mentioning ``name`` (entity id, canonical name or surface
    text), with their story, and the counts, quotes and events of those articles that involve it."""
    from pantau.store.schema import entities

    sync(store)
    low = name.lower()
    with store.engine.connect() as conn:
        ids = conn.execute(select(entities.c.article_id).where(
            (entities.c.entity_id == name) | (func.lower(entities.c.canonical) == low)
            | (func.lower(entities.c.text) == low)).distinct()).scalars().all()
        analyses = sorted(_analyses(conn, list(ids)), key=lambda a: (a.get("published") or "9999", a["id"]))
        sid = dict(conn.execute(select(story_articles.c.article_id, story_articles.c.story_id)
                                .where(story_articles.c.article_id.in_(ids))).all()) if ids else {}
    items = []
    for a in analyses:
        items.append({"date": a.get("published"), "kind": "article", "article_id": a["id"],
                      "story_id": sid.get(a["id"]), "ref": {"title": a.get("title"), "outlet": a.get("outlet")}})
        for q in a.get("quotes") or []:
            if low in (q.get("speaker") or "").lower() or q.get("speaker_entity_id") == name:
                items.append({"date": a.get("published"), "kind": "quote", "article_id": a["id"],
                              "story_id": sid.get(a["id"]), "ref": q})
        for c in a.get("counts") or []:
            if low in (c.get("source") or "").lower() or low in (c.get("place") or "").lower():
                items.append({"date": a.get("published"), "kind": "count", "article_id": a["id"],
                              "story_id": sid.get(a["id"]), "ref": c})
        for ev in a.get("events") or []:
            if low in (ev.get("actor_text") or "").lower() or low in (ev.get("target_text") or "").lower():
                items.append({"date": ev.get("date") or a.get("published"), "kind": "event",
                              "article_id": a["id"], "story_id": sid.get(a["id"]), "ref": ev})
    items.sort(key=lambda it: it["date"] or "9999")
    return items


def story_of(store, article_id: str) -> tuple[str | None, str | None]:
    with store.engine.connect() as conn:
        row = conn.execute(select(story_articles.c.story_id, story_articles.c.duplicate_of)
                           .where(story_articles.c.article_id == article_id)).first()
    return (row.story_id, row.duplicate_of) if row else (None, None)
