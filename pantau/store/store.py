"""``Store``: ingest sources, keep articles and facts, search and fetch them.

Each article is written in its own transaction (article row, fact rows and full-text row
together), so an interrupted run leaves no half-written article and loses none already stored.
Ingest is idempotent: the article id is the hash of the normalized clean text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event, func, insert, select, text
from sqlalchemy.engine import Engine

from pantau.analysis import Analysis
from pantau.store.schema import FACT_TABLES, articles, metadata
from pantau.types import RawDocument, ReadError, internal_error

ENV_VAR = "PANTAU_DB"


def default_db_url() -> str:
    from platformdirs import user_data_dir

    path = Path(user_data_dir("pantau", appauthor=False)) / "pantau.db"
    return f"sqlite:///{path}"


def resolve_db_url(db: str | os.PathLike | None = None) -> str:
    """A SQLAlchemy URL from ``--db``/``PANTAU_DB``: a URL is kept, a plain path means SQLite."""
    db = db if db not in (None, "") else os.environ.get(ENV_VAR) or None
    if db is None:
        return default_db_url()
    db = str(db)
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def sqlite_path(url: str) -> str | None:
    """The file path of a ``sqlite:///`` URL, None for any other database."""
    return url[len("sqlite:///"):] if url.startswith("sqlite:///") else None


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)  # ids of newly stored articles
    existing: list[str] = field(default_factory=list)  # ids already in the store (skipped)
    errors: list[ReadError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _fts_query(query: str) -> str | None:
    """Turn any user input into a safe FTS5 query: every word quoted, all words required.

    FTS5 has its own syntax (AND, NEAR, column filters, quotes); passing user input through raw
    makes "PBB: 200.000" a syntax error. Quoting each word keeps search predictable.
    """
    words = re.findall(r"\w+", query, flags=re.UNICODE)
    if not words:
        return None
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


def article_filters(outlet: str | None, since: str | None, until: str | None) -> tuple[list[str], dict]:
    """SQL conditions on articles ``a`` (and their parameters) for the outlet and date filters that
    `pantau search` and the API's search share."""
    where: list[str] = []
    params: dict = {}
    if outlet:
        where.append("lower(a.outlet) = lower(:outlet)")
        params["outlet"] = outlet
    if since:
        where.append("a.published >= :since")
        params["since"] = since
    if until:
        where.append("a.published <= :until")
        params["until"] = until
    return where, params


class Store:
    """Articles and their Analysis documents in a database (``url``: SQLAlchemy URL or file path)."""

    # Callables (store, doc) that add store-computed fields to documents; and callables
    # (store, conn, analysis) run inside each new article's transaction. Later stages (stories,
    # entity linking) register here instead of editing this class.
    document_hooks: list = []
    add_hooks: list = []

    def __init__(self, url: str | os.PathLike | None = None):
        self.url = resolve_db_url(url)
        path = sqlite_path(self.url)
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url, future=True)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)
        if self.is_sqlite:
            with self.engine.begin() as conn:
                conn.exec_driver_sql(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                    "article_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
                )

    # -- writing -------------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is not None

    def add(self, analysis: Analysis, raw: RawDocument, offset_map: dict | None = None) -> bool:
        """Store one analysed article in one transaction; False if it was already stored."""
        a = analysis.to_dict()
        a.pop("tokens", None)
        with self.engine.begin() as conn:
            if conn.execute(select(articles.c.id).where(articles.c.id == a["id"])).first():
                return False
            conn.execute(insert(articles).values(
                id=a["id"], source=a["source"]["path_or_url"], format=a["source"]["format"],
                url=a["source"].get("url"), outlet=a["outlet"], published=a["published"], title=a["title"],
                dateline_place=(a["dateline"] or {}).get("place"), raw_text=raw.text, text=a["text"],
                offset_map=offset_map or {}, analysis=a,
                ingested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            ))
            for fname, (table, cols) in FACT_TABLES.items():
                rows = [{"article_id": a["id"], "start": f["start"], "end": f["end"],
                         **{c: f.get(c) for c in cols}} for f in a.get(fname) or []]
                if rows:
                    conn.execute(insert(table), rows)
            if self.is_sqlite:
                conn.exec_driver_sql("INSERT INTO articles_fts(article_id, title, text) VALUES (?, ?, ?)",
                                     (a["id"], a["title"] or "", a["text"]))
            for hook in self.add_hooks:
                hook(self, conn, a)
        return True

    def ingest(self, paths: Iterable[str | os.PathLike], published: str | None = None,
               on_progress: Callable[[str, object], None] | None = None) -> IngestReport:
        """Read, analyse and store every article under ``paths``; bad inputs are reported, not fatal."""
        from pantau.ingest import read_paths

        report = IngestReport()
        for item in read_paths(paths):
            if isinstance(item, ReadError):
                report.errors.append(item)
            else:
                try:
                    article_id, new = self.ingest_document(item, published=published)
                except ReadError as err:
                    report.errors.append(err)
                else:
                    (report.stored if new else report.existing).append(article_id)
            if on_progress:
                on_progress("item", item)
        return report

    def ingest_document(self, raw: RawDocument, published: str | None = None) -> tuple[str, bool]:
        """Analyse and store one document: (article id, newly stored?).

        Raises ``ReadError`` naming the source for anything wrong with this one document, so that a
        batch goes on; only a store that cannot be reached (or is locked) stops it.
        """
        from sqlalchemy.exc import InterfaceError, OperationalError

        from pantau.process import process_document

        article, analysis = process_document(raw, published=published)
        try:
            return analysis.id, self.add(analysis, raw, offset_map=article.offset_map.to_dict())
        except (OperationalError, InterfaceError):
            raise
        except Exception as err:  # the transaction was rolled back: nothing of this article is stored
            raise ReadError(raw.path_or_url, internal_error("storing it", err)) from err

    # -- reading -------------------------------------------------------------------------------

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def get(self, article_id: str) -> dict | None:
        """The stored Analysis document of one article (with ``story_id``/``duplicate_of``), or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.analysis).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        return self._with_store_fields(dict(row.analysis))

    def _with_store_fields(self, doc: dict) -> dict:
        """Add the fields only the store knows (DESIGN.md: story_id, duplicate_of)."""
        for hook in self.document_hooks:
            hook(self, doc)
        # Stories and duplicate links are computed by the stories stage; until it has run they are unknown.
        doc.setdefault("story_id", None)
        doc.setdefault("duplicate_of", None)
        return doc

    def get_raw(self, article_id: str) -> tuple[str, dict] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.raw_text, articles.c.offset_map)
                               .where(articles.c.id == article_id)).first()
        return (row.raw_text, row.offset_map) if row else None

    def iter_analyses(self) -> Iterator[dict]:
        """Stored Analysis documents, oldest first."""
        with self.engine.connect() as conn:
            for row in conn.execute(select(articles.c.analysis).order_by(articles.c.published, articles.c.id)):
                yield row.analysis

    def iter_documents(self) -> Iterator[dict]:
        """Stored documents as ``get`` returns them (Analysis plus store fields), oldest first."""
        for doc in self.iter_analyses():
            yield self._with_store_fields(dict(doc))

    def search(self, query: str = "", *, outlet: str | None = None, since: str | None = None,
               until: str | None = None, entity: str | None = None, place: str | None = None,
               limit: int = 20, offset: int = 0) -> list[dict]:
        """Full-text search (all words must occur) with optional filters; newest first within rank."""
        from pantau.store.schema import entities, places

        fts = _fts_query(query or "")
        where, params = article_filters(outlet, since, until)
        params.update(limit=limit, offset=offset)
        if entity:
            where.append(f"a.id IN (SELECT article_id FROM {entities.name} WHERE lower(canonical) = lower(:entity)"
                         " OR lower(text) = lower(:entity))")
            params["entity"] = entity
        if place:
            where.append(f"(a.id IN (SELECT article_id FROM {places.name} WHERE lower(name) = lower(:place))"
                         " OR lower(a.dateline_place) = lower(:place))")
            params["place"] = place
        if query.strip() and fts is None:
            return []  # only punctuation: nothing can match
        if fts and self.is_sqlite:
            sql = ("SELECT a.id, a.title, a.outlet, a.published, a.source, "
                   "snippet(articles_fts, 2, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank "
                   "FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id "
                   "WHERE articles_fts MATCH :fts")
            params["fts"] = fts
            order = " ORDER BY rank, a.published DESC"
        else:
            sql = "SELECT a.id, a.title, a.outlet, a.published, a.source, substr(a.text, 1, 160) AS snippet, 0 AS rank FROM articles a WHERE 1=1"
            order = " ORDER BY a.published DESC, a.id"
            if fts:  # PostgreSQL and others: every word must occur (case-insensitive substring)
                for i, w in enumerate(re.findall(r"\w+", query)):
                    where.append(f"lower(a.text) LIKE :w{i}")
                    params[f"w{i}"] = f"%{w.lower()}%"
        if where:
            sql += " AND " + " AND ".join(where)
        sql += order + " LIMIT :limit OFFSET :offset"
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), params).mappings().all()
        return [{k: r[k] for k in ("id", "title", "outlet", "published", "source", "snippet")} for r in rows]

    def stats(self) -> dict:
        """Counts for summaries (``pantau demo``): articles by outlet and format, facts by table."""
        with self.engine.connect() as conn:
            by_outlet = dict(conn.execute(select(articles.c.outlet, func.count()).group_by(articles.c.outlet)).all())
            by_format = dict(conn.execute(select(articles.c.format, func.count()).group_by(articles.c.format)).all())
            facts = {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                     for name, (table, _) in FACT_TABLES.items()}
        return {"articles": sum(by_format.values()), "by_outlet": by_outlet, "by_format": by_format, "facts": facts}


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
