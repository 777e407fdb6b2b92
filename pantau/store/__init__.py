"""The store: articles and their facts in SQLite (default, with FTS5) or PostgreSQL, via SQLAlchemy."""

from pantau.store.store import IngestReport, Store, default_db_url, resolve_db_url, sqlite_path

# Later stages register their tables and hooks on Store when imported.
import pantau.link.store  # noqa: E402,F401  (cross-article entity ids)
import pantau.stories  # noqa: E402,F401  (story tables, add-hook and document-hook)

__all__ = ["Store", "IngestReport", "default_db_url", "resolve_db_url", "sqlite_path"]
