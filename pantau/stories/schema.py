"""Tables of the stories stage, on the store's ``metadata`` so ``create_all`` creates them.

- ``story_articles``: one row per stored article: its story, the original it duplicates (or
  null), its MinHash signature (for near-duplicate detection) and its TF-IDF vector.
  ``seq`` orders rows so each Store can load the signatures it has not seen yet.
- ``stories``: one row per story: dates, sizes, title and the centroid (sum of member vectors).
- ``story_terms``: inverted index, top centroid terms → story (with the story's last date), which
  limits the candidate stories of a new article.
- ``story_related``: links between related-but-different stories (both directions).
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, Index, Integer, LargeBinary, String, Table, Text

from pantau.store.schema import metadata

story_articles = Table(
    "story_articles", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(16), unique=True, nullable=False),
    Column("story_id", String(24), index=True, nullable=False),
    Column("duplicate_of", String(16), index=True),
    Column("published", String(10), index=True),
    Column("signature", LargeBinary),
    Column("vector", JSON),
)

stories = Table(
    "stories", metadata,
    Column("id", String(24), primary_key=True),
    Column("title", Text),
    Column("first_seen", String(10), index=True),
    Column("last_seen", String(10), index=True),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_reports", Integer, nullable=False, default=0),  # articles that are not duplicates
    Column("centroid", JSON, nullable=False),
    Column("recent", JSON),  # the last few member vectors (pruned), for the member half of the score
)

story_terms = Table(
    "story_terms", metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("term", String(120), nullable=False),
    Column("story_id", String(24), nullable=False, index=True),
    Column("last_seen", String(10)),
    Index("ix_story_terms_term_last", "term", "last_seen"),
)

story_related = Table(
    "story_related", metadata,
    Column("story_id", String(24), primary_key=True),
    Column("related_id", String(24), primary_key=True),
    Column("score", Float),
)

TABLES = (story_articles, stories, story_terms, story_related)
