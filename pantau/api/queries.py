"""Read queries of the web UI and JSON API: SQL over the store's article and fact tables.

Kept here (not in ``Store``) because they serve pages: search with every filter the UI offers,
entity/place/event aggregates, co-occurrence pairs and map markers. Every value reaches SQL as a
bound parameter; full-text input goes through the store's FTS quoting, so no input shape can
produce a syntax error.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from sqlalchemy import text

from pantau.store import Store
from pantau.store.store import _fts_query, article_filters

# Markers around matched words in FTS snippets (private-use characters: never in article text
# that we need to show, and stripped from the plain snippet).
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"

ENTITY_KEY = "coalesce(e.entity_id, e.canonical, e.text)"
PLACE_KEY = "coalesce(CAST(p.geonames_id AS TEXT), p.name)"


def _rows(store: Store, sql: str, params: dict | None = None) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(text(sql), params or {}).mappings().all()]


def _plain_snippet(s: str | None) -> str:
    return (s or "").replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


# -- search ----------------------------------------------------------------------------------------

FILTERS = ("entity", "place", "country", "event", "theme", "outlet", "since", "until")


def search(store: Store, q: str = "", *, entity: str | None = None, place: str | None = None,
           country: str | None = None, event: str | None = None, theme: str | None = None,
           outlet: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 20, offset: int = 0) -> tuple[list[dict], bool]:
    """Articles matching the full-text query (every word) and all given filters; (hits, has_more)."""
    q = q or ""
    fts = _fts_query(q)
    if q.strip() and fts is None:
        return [], False  # only punctuation: nothing can match
    where, params = article_filters(outlet, since, until)
    params.update(limit=limit + 1, offset=offset)
    if entity:
        where.append("a.id IN (SELECT article_id FROM entities WHERE entity_id = :entity OR canonical = :entity"
                     " OR lower(canonical) = lower(:entity) OR lower(text) = lower(:entity))")
        params["entity"] = entity
    if place:
        cond = "name = :place OR lower(name) = lower(:place)"
        if place.isdigit() and len(place) < 12:
            cond += " OR geonames_id = :place_gid"
            params["place_gid"] = int(place)
        where.append(f"(a.id IN (SELECT article_id FROM places WHERE {cond})"
                     " OR lower(a.dateline_place) = lower(:place))")
        params["place"] = place
    if country:
        where.append("a.id IN (SELECT article_id FROM places WHERE upper(country) = upper(:country))")
        params["country"] = country
    if event:
        where.append("a.id IN (SELECT article_id FROM events WHERE upper(action) = upper(:event) OR cameo = :event)")
        params["event"] = event
    if theme:
        where.append("a.id IN (SELECT article_id FROM themes WHERE upper(theme) = upper(:theme))")
        params["theme"] = theme
    cols = "a.id, a.title, a.outlet, a.published, a.source, a.dateline_place"
    if fts and store.is_sqlite:
        sql = (f"SELECT {cols}, snippet(articles_fts, 2, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24) AS snippet "
               "FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id WHERE articles_fts MATCH :fts")
        params["fts"] = fts
        order = " ORDER BY bm25(articles_fts), a.published DESC"
    else:
        sql = f"SELECT {cols}, substr(a.text, 1, 220) AS snippet FROM articles a WHERE 1=1"
        order = " ORDER BY a.published DESC, a.id"
        if fts:  # PostgreSQL: every word must occur (case-insensitive substring)
            for i, w in enumerate(re.findall(r"\w+", q)):
                where.append(f"lower(a.text) LIKE :w{i}")
                params[f"w{i}"] = f"%{w.lower()}%"
    if where:
        sql += " AND " + " AND ".join(where)
    sql += order + " LIMIT :limit OFFSET :offset"
    rows = _rows(store, sql, params)
    more = len(rows) > limit
    hits = []
    for r in rows[:limit]:
        r["snippet_marked"] = r.pop("snippet") or ""
        r["snippet"] = _plain_snippet(r["snippet_marked"])
        hits.append(r)
    return hits, more


def outlets(store: Store) -> list[str]:
    return [r["outlet"] for r in _rows(store, "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet")]


def latest_articles(store: Store, limit: int = 20, offset: int = 0) -> list[dict]:
    return _rows(store, "SELECT id, title, outlet, published, dateline_place, substr(text, 1, 220) AS snippet "
                        "FROM articles ORDER BY published DESC, id LIMIT :limit OFFSET :offset",
                 {"limit": limit, "offset": offset})


def articles_by_ids(store: Store, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    params = {f"i{n}": i for n, i in enumerate(ids)}
    rows = _rows(store, "SELECT id, title, outlet, published FROM articles WHERE id IN ("
                 + ", ".join(f":{k}" for k in params) + ")", params)
    return {r["id"]: r for r in rows}


# -- entities --------------------------------------------------------------------------------------

def _entity_match(store: Store, key: str) -> tuple[str, dict] | None:
    """SQL condition (on alias e) selecting the mentions of entity ``key``, with its params."""
    exact = _rows(store, "SELECT 1 FROM entities e WHERE e.entity_id = :k OR (e.entity_id IS NULL AND e.canonical = :k)"
                         " LIMIT 1", {"k": key})
    if exact:
        return "(e.entity_id = :k OR (e.entity_id IS NULL AND e.canonical = :k))", {"k": key}
    # By name, any case: the linked entity most often written so, else the unlinked mentions.
    loose = _rows(store, "SELECT e.entity_id, count(*) AS n FROM entities e "
                         "WHERE lower(coalesce(e.canonical, e.text)) = lower(:k) OR lower(e.text) = lower(:k) "
                         "GROUP BY e.entity_id ORDER BY (e.entity_id IS NULL), n DESC LIMIT 1", {"k": key})
    if not loose:
        return None
    if loose[0]["entity_id"] is not None:
        return "(e.entity_id = :k)", {"k": loose[0]["entity_id"]}
    return "(e.entity_id IS NULL AND lower(coalesce(e.canonical, e.text)) = lower(:k))", {"k": key}


def entity_exists(store: Store, key: str) -> bool:
    """Whether ``/entities/{key}`` has a page (a quote's speaker need not be an entity: "Polisi")."""
    return _entity_match(store, key) is not None


def entity(store: Store, key: str, limit: int = 20, offset: int = 0) -> dict | None:
    m = _entity_match(store, key)
    if m is None:
        return None
    cond, p = m
    variants = _rows(store, f"SELECT e.text, e.label, count(*) AS mentions, count(DISTINCT e.article_id) AS articles "
                            f"FROM entities e WHERE {cond} GROUP BY e.text, e.label ORDER BY mentions DESC, e.text", p)
    names = _rows(store, f"SELECT e.canonical, e.entity_id, e.label, count(*) AS n FROM entities e WHERE {cond} "
                         "GROUP BY e.canonical, e.entity_id, e.label ORDER BY n DESC LIMIT 1", p)[0]
    canonical = names["canonical"] or variants[0]["text"]
    timeline = _rows(store, f"SELECT a.published AS date, count(*) AS mentions FROM entities e "
                            f"JOIN articles a ON a.id = e.article_id WHERE {cond} AND a.published IS NOT NULL "
                            "GROUP BY a.published ORDER BY a.published", p)
    n_articles = _rows(store, f"SELECT count(DISTINCT e.article_id) AS n FROM entities e WHERE {cond}", p)[0]["n"]
    arts = _rows(store, f"SELECT a.id, a.title, a.outlet, a.published FROM articles a WHERE a.id IN "
                        f"(SELECT e.article_id FROM entities e WHERE {cond}) ORDER BY a.published DESC, a.id "
                        "LIMIT :limit OFFSET :offset", {**p, "limit": limit + 1, "offset": offset})
    co = _rows(store, f"SELECT {ENTITY_KEY} AS key, max(coalesce(e.canonical, e.text)) AS canonical, max(e.label) AS label, "
                      f"count(DISTINCT e.article_id) AS articles FROM entities e WHERE e.article_id IN "
                      f"(SELECT e.article_id FROM entities e WHERE {cond}) AND NOT {cond} "
                      f"GROUP BY {ENTITY_KEY} ORDER BY articles DESC, canonical LIMIT 20", p)
    qp = {**p, "canonical": canonical, "eid": names["entity_id"] or ""}
    quotes = _rows(store, "SELECT q.article_id, q.text, q.speaker, q.cue, q.direct, q.start, q.\"end\", "
                          "a.title, a.outlet, a.published FROM quotes q JOIN articles a ON a.id = q.article_id "
                          "WHERE q.speaker_entity_id = :eid OR lower(q.speaker) = lower(:canonical) "
                          "ORDER BY a.published DESC, q.article_id, q.start LIMIT 50", qp)
    return {
        "key": key, "entity_id": names["entity_id"], "canonical": canonical, "label": names["label"],
        "mentions": sum(v["mentions"] for v in variants), "articles_count": n_articles,
        "variants": variants, "timeline": timeline, "co_occurring": co, "quotes": quotes,
        "articles": arts[:limit], "has_more": len(arts) > limit,
        "graph": _ego_graph(store, cond, p, key, canonical, names["label"], co),
    }


def _ego_graph(store: Store, cond: str, p: dict, key: str, canonical: str, label: str | None,
               co: list[dict]) -> dict:
    """Nodes: the entity and its co-occurring entities; edges: articles shared by each pair."""
    nodes = [{"key": key, "label": canonical, "kind": label, "weight": 0, "center": True}]
    nodes += [{"key": c["key"], "label": c["canonical"], "kind": c["label"], "weight": c["articles"]} for c in co[:15]]
    keys = {n["key"] for n in nodes}
    pairs = _rows(store, f"SELECT DISTINCT e.article_id, {ENTITY_KEY} AS key FROM entities e WHERE e.article_id IN "
                         f"(SELECT e.article_id FROM entities e WHERE {cond} ORDER BY e.article_id DESC LIMIT 2000)", p)
    by_article: dict[str, set] = {}
    for r in pairs:  # every one of these articles mentions the entity itself
        ks = by_article.setdefault(r["article_id"], {key})
        if r["key"] in keys:
            ks.add(r["key"])
    return {"nodes": nodes, "edges": _edges(by_article)}


def _edges(by_article: dict[str, set]) -> list[dict]:
    c: Counter = Counter()
    for ks in by_article.values():
        for a, b in combinations(sorted(ks), 2):
            c[(a, b)] += 1
    return [{"source": a, "target": b, "weight": n} for (a, b), n in c.most_common(200)]


def top_entities(store: Store, limit: int = 50, label: str | None = None, recent: int | None = None,
                 q: str | None = None) -> list[dict]:
    where, params = ["1=1"], {"limit": limit}
    if label:
        where.append("upper(e.label) = upper(:label)")
        params["label"] = label
    if q:
        where.append("lower(coalesce(e.canonical, e.text)) LIKE :q")
        params["q"] = "%" + q.lower().replace("%", "").replace("_", "") + "%"
    if recent:
        where.append("e.article_id IN (SELECT id FROM articles ORDER BY published DESC LIMIT :recent)")
        params["recent"] = recent
    return _rows(store, f"SELECT {ENTITY_KEY} AS key, max(coalesce(e.canonical, e.text)) AS canonical, "
                        f"max(e.label) AS label, count(*) AS mentions, count(DISTINCT e.article_id) AS articles "
                        f"FROM entities e WHERE {' AND '.join(where)} GROUP BY {ENTITY_KEY} "
                        "ORDER BY articles DESC, mentions DESC, canonical LIMIT :limit", params)


def entity_graph(store: Store, limit: int = 40) -> dict:
    """The co-occurrence graph of the most mentioned entities."""
    top = top_entities(store, limit=limit)
    keys = {t["key"] for t in top}
    nodes = [{"key": t["key"], "label": t["canonical"], "kind": t["label"], "weight": t["articles"]} for t in top]
    if not keys:
        return {"nodes": [], "edges": []}
    params = {f"k{n}": k for n, k in enumerate(keys)}
    inlist = ", ".join(f":{k}" for k in params)
    pairs = _rows(store, f"SELECT DISTINCT e.article_id, {ENTITY_KEY} AS key FROM entities e "
                         f"WHERE {ENTITY_KEY} IN ({inlist})", params)
    by_article: dict[str, set] = {}
    for r in pairs:
        by_article.setdefault(r["article_id"], set()).add(r["key"])
    return {"nodes": nodes, "edges": _edges(by_article)}


# -- places ----------------------------------------------------------------------------------------

def _place_cond(key: str) -> tuple[str, dict]:
    if key.isdigit() and len(key) < 12:
        return "(p.geonames_id = :gid OR (p.geonames_id IS NULL AND p.name = :k))", {"gid": int(key), "k": key}
    return "(p.name = :k)", {"k": key}


def place(store: Store, key: str, limit: int = 20, offset: int = 0) -> dict | None:
    cond, p = _place_cond(key)
    info = _rows(store, f"SELECT max(p.name) AS name, max(p.country) AS country, max(p.admin1) AS admin1, "
                        f"avg(p.lat) AS lat, avg(p.lon) AS lon, max(p.feature) AS feature, max(p.geonames_id) AS geonames_id, "
                        f"count(*) AS mentions, count(DISTINCT p.article_id) AS articles_count FROM places p WHERE {cond}", p)[0]
    dateline_n = _rows(store, "SELECT count(*) AS n FROM articles WHERE dateline_place = :k", {"k": info["name"] or key})[0]["n"]
    if not info["mentions"] and not dateline_n:
        return None
    name = info["name"] or key
    pn = {**p, "name": name, "limit": limit + 1, "offset": offset}
    arts = _rows(store, f"SELECT a.id, a.title, a.outlet, a.published FROM articles a WHERE a.id IN "
                        f"(SELECT p.article_id FROM places p WHERE {cond}) OR a.dateline_place = :name "
                        "ORDER BY a.published DESC, a.id LIMIT :limit OFFSET :offset", pn)
    timeline = _rows(store, f"SELECT a.published AS date, count(*) AS mentions FROM places p JOIN articles a "
                            f"ON a.id = p.article_id WHERE {cond} AND a.published IS NOT NULL GROUP BY a.published "
                            "ORDER BY a.published", p)
    counts = _rows(store, "SELECT c.article_id, c.text, c.value, c.qualifier, c.kind, c.unit, c.source, c.start, c.\"end\", "
                          "a.outlet, a.published, a.title FROM counts c JOIN articles a ON a.id = c.article_id "
                          "WHERE lower(c.place) = lower(:name) ORDER BY c.kind, a.published LIMIT 100", {"name": name})
    events = _rows(store, "SELECT ev.article_id, ev.actor, ev.actor_text, ev.action, ev.cameo, ev.target, ev.target_text, "
                          "ev.date, ev.goldstein, ev.start, ev.\"end\", a.title, a.published FROM events ev "
                          "JOIN articles a ON a.id = ev.article_id WHERE lower(ev.place) = lower(:name) "
                          "ORDER BY coalesce(ev.date, a.published) DESC LIMIT 100", {"name": name})
    return {"key": key, **info, "name": name, "dateline_articles": dateline_n, "timeline": timeline,
            "counts": counts, "events": events, "articles": arts[:limit], "has_more": len(arts) > limit}


def top_places(store: Store, limit: int = 50, country: str | None = None, recent: int | None = None) -> list[dict]:
    where, params = ["1=1"], {"limit": limit}
    if country:
        where.append("upper(p.country) = upper(:country)")
        params["country"] = country
    if recent:
        where.append("p.article_id IN (SELECT id FROM articles ORDER BY published DESC LIMIT :recent)")
        params["recent"] = recent
    return _rows(store, f"SELECT {PLACE_KEY} AS key, max(p.name) AS name, max(p.country) AS country, "
                        f"avg(p.lat) AS lat, avg(p.lon) AS lon, max(p.feature) AS feature, count(*) AS mentions, "
                        f"count(DISTINCT p.article_id) AS articles FROM places p WHERE {' AND '.join(where)} "
                        f"GROUP BY {PLACE_KEY} ORDER BY articles DESC, name LIMIT :limit", params)


def map_points(store: Store, *, place: str | None = None, country: str | None = None, entity: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 2000) -> dict:
    """Geocoded places (with article and event counts) for the map."""
    where, params = ["p.lat IS NOT NULL", "p.lon IS NOT NULL"], {"limit": limit}
    if place:
        cond, pp = _place_cond(place)
        where.append(cond)
        params.update(pp)
    if country:
        where.append("upper(p.country) = upper(:country)")
        params["country"] = country
    dated, dparams = article_filters(None, since, until)
    if dated:
        where.append(f"p.article_id IN (SELECT a.id FROM articles a WHERE {' AND '.join(dated)})")
        params.update(dparams)
    if entity:
        m = _entity_match(store, entity)
        if m is None:
            return {"places": [], "events": []}
        where.append(f"p.article_id IN (SELECT e.article_id FROM entities e WHERE {m[0]})")
        params.update(m[1])
    pts = _rows(store, f"SELECT {PLACE_KEY} AS key, max(p.name) AS name, max(p.country) AS country, "
                       f"avg(p.lat) AS lat, avg(p.lon) AS lon, max(p.feature) AS feature, "
                       f"count(DISTINCT p.article_id) AS articles FROM places p WHERE {' AND '.join(where)} "
                       f"GROUP BY {PLACE_KEY} ORDER BY articles DESC LIMIT :limit", params)
    names = {}
    for pt in pts:
        names.setdefault(pt["name"].lower(), pt)
        pt["events"] = {}
    if pts:
        ev = _rows(store, "SELECT lower(place) AS place, action, count(*) AS n FROM events "
                          "WHERE place IS NOT NULL GROUP BY lower(place), action")
        for r in ev:
            if r["place"] in names:
                names[r["place"]]["events"][r["action"] or "?"] = r["n"]
    return {"places": pts}


# -- events ----------------------------------------------------------------------------------------

def events(store: Store, *, action: str | None = None, actor: str | None = None, place: str | None = None,
           limit: int = 50, offset: int = 0) -> tuple[list[dict], bool]:
    where, params = ["1=1"], {"limit": limit + 1, "offset": offset}
    if action:
        where.append("(upper(ev.action) = upper(:action) OR ev.cameo = :action)")
        params["action"] = action
    if actor:
        where.append("(upper(ev.actor) = upper(:actor) OR lower(ev.actor_text) = lower(:actor) "
                     "OR upper(ev.target) = upper(:actor) OR lower(ev.target_text) = lower(:actor))")
        params["actor"] = actor
    if place:
        where.append("lower(ev.place) = lower(:place)")
        params["place"] = place
    rows = _rows(store, "SELECT ev.article_id, ev.actor, ev.actor_text, ev.action, ev.cameo, ev.target, ev.target_text, "
                        "ev.quad_class, ev.goldstein, ev.place, ev.date, ev.start, ev.\"end\", a.title, a.outlet, a.published "
                        f"FROM events ev JOIN articles a ON a.id = ev.article_id WHERE {' AND '.join(where)} "
                        "ORDER BY coalesce(ev.date, a.published) DESC, ev.article_id, ev.start LIMIT :limit OFFSET :offset",
                 params)
    return rows[:limit], len(rows) > limit


def event_actions(store: Store) -> list[dict]:
    return _rows(store, "SELECT action, max(cameo) AS cameo, count(*) AS n FROM events GROUP BY action ORDER BY n DESC")
