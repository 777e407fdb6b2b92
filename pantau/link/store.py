"""Cross-article entities in the store (EMM-style): a persistent entity table with name variants
and stable ids, merged by string similarity (rapidfuzz), type and shared context.

Importing this module adds the tables to pantau.store.schema's ``metadata`` and registers:
* ``Store.add_hooks``: inside each new article's transaction, links the article's entities
  (grouped by their within-article canonical name) to existing entities or creates new ones,
  records the links, and fills ``entity_id`` in the ``entities`` fact rows;
* ``Store.document_hooks``: fills ``entity_id`` on a stored document's entities.

Merging rule for an article entity (canonical name c, variants V, label L, actor code a,
co-occurring canonical names C) against stored entities of a compatible label: name score =
best rapidfuzz ``token_set_ratio`` between {c} ∪ V and the stored variants (a person's single
surname must equal a stored surname token); accepted at ≥ 95, or at ≥ 85 when the actor codes
agree or the contexts share a name.
"""

from __future__ import annotations

import hashlib

from rapidfuzz import fuzz
from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, insert, select, update

from pantau.link.lexicon import norm
from pantau.store.schema import entities as entity_facts
from pantau.store.schema import metadata

registry = Table(
    "entity_registry", metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("canonical", Text, nullable=False),
    Column("label", String(16), index=True),
    Column("actor_code", String(32)),
    Column("mentions", Integer, default=0),
    Column("articles", Integer, default=0),
)
entity_names = Table(
    "entity_names", metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(64), ForeignKey("entity_registry.entity_id"), index=True, nullable=False),
    Column("name", Text, index=True, nullable=False),
)
entity_context = Table(
    "entity_context", metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(64), index=True, nullable=False),
    Column("name", Text, nullable=False),
)
entity_links = Table(
    "entity_links", metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("entity_id", String(64), index=True, nullable=False),
)
TABLES = [registry, entity_names, entity_context, entity_links]
LABEL_GROUPS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


def _group(label: str) -> str:
    return LABEL_GROUPS.get(label, label)


def _new_id(label: str, canonical: str) -> str:
    return "e" + hashlib.sha1(f"{_group(label)}|{norm(canonical)}".encode()).hexdigest()[:12]


def _match(conn, label: str, names: set[str], code: str | None, context: set[str]) -> str | None:
    grp = _group(label)
    labels = [k for k, v in LABEL_GROUPS.items() if v == grp] or [label]
    rows = conn.execute(select(registry.c.entity_id, registry.c.actor_code, entity_names.c.name)
                        .join(entity_names, entity_names.c.entity_id == registry.c.entity_id)
                        .where(registry.c.label.in_(labels))).all()
    best, best_score = None, 0.0
    by_id: dict[str, tuple[str | None, list[str]]] = {}
    for eid, acode, name in rows:
        by_id.setdefault(eid, (acode, []))[1].append(name)
    for eid, (acode, stored) in by_id.items():
        score = 0.0
        for n in names:
            for s in stored:
                if grp == "PER" and (" " not in n or " " not in s):
                    sim = 100.0 if (n.split()[-1] == s.split()[-1] and (" " not in n or " " not in s)) else 0.0
                else:
                    sim = fuzz.token_set_ratio(n, s) if grp != "PLACE" else (100.0 if n == s else fuzz.ratio(n, s))
                score = max(score, sim)
        if score < 85:
            continue
        agree = bool(code and acode and code[:3] == acode[:3])
        if score < 95:
            ctx = {r.name for r in conn.execute(select(entity_context.c.name)
                                                .where(entity_context.c.entity_id == eid))}
            if not (agree or ctx & context):
                continue
        if code and acode and code[:3] != acode[:3] and grp == "PER":
            continue
        score += 5 if agree else 0
        if score > best_score:
            best, best_score = eid, score
    return best


def link_article(store, conn, analysis: dict) -> None:
    metadata.create_all(conn, tables=TABLES)  # when the module was imported after the store was created
    groups: dict[tuple[str, str], list[dict]] = {}
    for e in analysis.get("entities") or []:
        groups.setdefault((_group(e["label"]), e.get("canonical") or e["text"]), []).append(e)
    context = {norm(c) for (_, c) in groups}
    for (grp, canonical), mentions in groups.items():
        label = mentions[0]["label"]
        names = {norm(canonical)} | {norm(m["text"]) for m in mentions}
        names = {n for n in names if n}
        code = next((m.get("actor_code") for m in mentions if m.get("actor_code")), None)
        eid = _match(conn, label, names, code, context - {norm(canonical)})
        if eid is None:
            eid = _new_id(label, canonical)
            if conn.execute(select(registry.c.entity_id).where(registry.c.entity_id == eid)).first() is None:
                conn.execute(insert(registry).values(entity_id=eid, canonical=canonical, label=label,
                                                     actor_code=code, mentions=0, articles=0))
        known = {r.name for r in conn.execute(select(entity_names.c.name).where(entity_names.c.entity_id == eid))}
        new_names = [{"entity_id": eid, "name": n} for n in sorted(names - known)]
        if new_names:
            conn.execute(insert(entity_names), new_names)
        ctx = [{"entity_id": eid, "name": c} for c in sorted(context - {norm(canonical)})][:50]
        if ctx:
            conn.execute(insert(entity_context), ctx)
        cur = conn.execute(select(registry.c.mentions, registry.c.articles, registry.c.canonical)
                           .where(registry.c.entity_id == eid)).first()
        canon = canonical if len(canonical) > len(cur.canonical) else cur.canonical
        conn.execute(update(registry).where(registry.c.entity_id == eid).values(
            mentions=(cur.mentions or 0) + len(mentions), articles=(cur.articles or 0) + 1, canonical=canon))
        conn.execute(insert(entity_links), [{"article_id": analysis["id"], "start": m["start"], "end": m["end"],
                                             "entity_id": eid} for m in mentions])
        for m in mentions:
            conn.execute(update(entity_facts).where(entity_facts.c.article_id == analysis["id"])
                         .where(entity_facts.c.start == m["start"]).values(entity_id=eid))


def document_entity_ids(store, doc: dict) -> None:
    if not doc.get("entities"):
        return
    with store.engine.connect() as conn:
        metadata.create_all(conn, tables=TABLES)
        conn.commit()
        links = {(r.start, r.end): r.entity_id for r in conn.execute(
            select(entity_links.c.start, entity_links.c.end, entity_links.c.entity_id)
            .where(entity_links.c.article_id == doc["id"]))}
    for e in doc["entities"]:
        eid = links.get((e["start"], e["end"]))
        if eid:
            e["entity_id"] = eid


def entity(store, entity_id: str) -> dict | None:
    """One stored entity: canonical name, label, actor code, name variants, counts."""
    with store.engine.connect() as conn:
        row = conn.execute(select(registry).where(registry.c.entity_id == entity_id)).first()
        if row is None:
            return None
        names = [r.name for r in conn.execute(select(entity_names.c.name)
                                               .where(entity_names.c.entity_id == entity_id))]
    return {**dict(row._mapping), "names": names}


def register_hooks() -> None:
    from pantau.store.store import Store

    if link_article not in Store.add_hooks:
        Store.add_hooks.append(link_article)
    if document_entity_ids not in Store.document_hooks:
        Store.document_hooks.append(document_entity_ids)


register_hooks()
