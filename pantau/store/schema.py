"""Tables of the store (SQLAlchemy Core, so the same schema serves SQLite and PostgreSQL).

``articles`` holds the raw and clean text, metadata, the offset map and the whole Analysis JSON;
the fact tables hold one row per extracted fact so they can be queried without parsing JSON.
"""

from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table, Text)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(16), primary_key=True),
    Column("source", Text, nullable=False),
    Column("format", String(16), nullable=False),
    Column("url", Text),
    Column("outlet", String(200), index=True),
    Column("published", String(10), index=True),
    Column("title", Text),
    Column("dateline_place", String(200)),
    Column("raw_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("offset_map", JSON, nullable=False),
    Column("analysis", JSON, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)


def _fact_table(name: str, *columns: Column) -> Table:
    return Table(
        name, metadata,
        Column("rowid", Integer, primary_key=True, autoincrement=True),
        Column("article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        *columns,
    )


entities = _fact_table(
    "entities",
    Column("text", Text), Column("label", String(16), index=True),
    Column("entity_id", String(64), index=True), Column("canonical", Text, index=True),
)
places = _fact_table(
    "places",
    Column("name", Text, index=True), Column("country", String(8), index=True), Column("admin1", Text),
    Column("lat", Float), Column("lon", Float), Column("feature", String(16)), Column("geonames_id", Integer),
    Column("confidence", Float),
)
quotes = _fact_table(
    "quotes",
    Column("text", Text), Column("speaker", Text, index=True), Column("speaker_entity_id", String(64)),
    Column("cue", String(64)), Column("direct", Boolean),
)
counts = _fact_table(
    "counts",
    Column("text", Text), Column("value", Float), Column("qualifier", String(16)), Column("kind", String(16), index=True),
    Column("unit", String(32)), Column("place", Text), Column("source", Text),
)
dates = _fact_table(
    "dates",
    Column("text", Text), Column("value", String(32)), Column("granularity", String(16)),
    Column("resolved_from", String(16)),
)
events = _fact_table(
    "events",
    Column("actor", String(32)), Column("actor_text", Text), Column("action", String(32), index=True),
    Column("cameo", String(8)), Column("target", String(32)), Column("target_text", Text),
    Column("quad_class", Integer), Column("goldstein", Float), Column("place", Text), Column("date", String(32)),
    Column("sentence", Integer),
)
themes = _fact_table("themes", Column("theme", String(64), index=True))

# Analysis field → (table, columns copied from each fact dict).
FACT_TABLES = {
    "entities": (entities, ["text", "label", "entity_id", "canonical"]),
    "places": (places, ["name", "country", "admin1", "lat", "lon", "feature", "geonames_id", "confidence"]),
    "quotes": (quotes, ["text", "speaker", "speaker_entity_id", "cue", "direct"]),
    "counts": (counts, ["text", "value", "qualifier", "kind", "unit", "place", "source"]),
    "dates": (dates, ["text", "value", "granularity", "resolved_from"]),
    "events": (events, ["actor", "actor_text", "action", "cameo", "target", "target_text", "quad_class",
                        "goldstein", "place", "date", "sentence"]),
    "themes": (themes, ["theme"]),
}
