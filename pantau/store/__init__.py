"""The store: articles and their facts in SQLite (default, with FTS5) or PostgreSQL, via SQLAlchemy."""

from pantau.store.store import IngestReport, Store, default_db_url, resolve_db_url

__all__ = ["Store", "IngestReport", "default_db_url", "resolve_db_url"]
