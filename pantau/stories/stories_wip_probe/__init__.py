"""Stories: near-duplicates (MinHash LSH), incremental story clustering, timelines, summaries,
the claims ledger and trending.

Importing this package registers the stage with the store:

- ``Store.add_hooks``: :func:`pantau.stories.cluster.assign` places each new article (inside its
  transaction) in a story, or links it to the original it duplicates;
- ``Store.document_hooks``: adds ``story_id`` and ``duplicate_of`` to stored documents.

Its tables (``pantau.stories.schema``) sit on the store's ``metadata``. Articles stored before the
stage was active are assigned on first use (:func:`sync`). Heavy imports (datasketch, numpy) are
deferred to the first ingest.
"""

from __future__ import annotations

from pantau.stories import schema as _schema  # noqa: F401  (tables on the store's metadata)
from pantau.stories.cluster import assign
from pantau.stories.story import entity_timeline, get_story, list_stories, story_of, sync
from pantau.store.store import Store


def _add_hook(store, conn, analysis: dict) -> None:
    assign(store, conn, analysis)


def _document_hook(store, doc: dict) -> None:
    if "id" not in doc:
        return
    try:
        story_id, duplicate_of = story_of(store, doc["id"])
    except Exception:  # tables not there yet (a store created before this stage was imported)
        return
    doc["story_id"] = story_id
    doc["duplicate_of"] = duplicate_of


def register() -> None:
    """Register the hooks on ``Store`` (idempotent)."""
    if _add_hook not in Store.add_hooks:
        Store.add_hooks.append(_add_hook)
    if _document_hook not in Store.document_hooks:
        Store.document_hooks.append(_document_hook)


register()

__all__ = ["assign", "get_story", "list_stories", "entity_timeline", "sync", "story_of", "register"]
