"""Where the web UI gets Story documents (DESIGN.md) from.

The stories stage (``pantau.stories``) is built separately. The UI asks it through two functions
that the package is expected to expose::

    list_stories(store, limit=20, offset=0, since=None) -> list[dict]   # Story documents, newest first
    get_story(store, story_id) -> dict | None                           # one Story document

Until the package exists (or lacks those functions) ``available`` is False and the pages say that
story clustering is not available yet; nothing is made up. Tests can pass their own provider
(any object with the two functions) to ``create_app``.
"""

from __future__ import annotations

import inspect
from typing import Any


class StoriesUnavailable(Exception):
    pass


def _call(fn, store, *args, **kwargs):
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return fn(store, *args, **kwargs)
    if not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        kwargs = {k: v for k, v in kwargs.items() if k in params}
    return fn(store, *args, **kwargs)


class Stories:
    """Adapter over a stories provider (by default the ``pantau.stories`` package, when present)."""

    def __init__(self, provider: Any = None):
        self._provider = provider
        self._resolved = provider is not None

    @property
    def provider(self):
        if not self._resolved:
            self._resolved = True
            try:
                import pantau.stories as mod
            except ImportError:
                mod = None
            self._provider = mod
        return self._provider

    @property
    def available(self) -> bool:
        p = self.provider
        return p is not None and callable(getattr(p, "list_stories", None)) and callable(getattr(p, "get_story", None))

    def list(self, store, limit: int = 20, offset: int = 0, since: str | None = None) -> list[dict]:
        if not self.available:
            raise StoriesUnavailable()
        fn = self.provider.list_stories
        try:
            takes_offset = "offset" in inspect.signature(fn).parameters
        except (TypeError, ValueError):
            takes_offset = False
        if takes_offset:
            return list(_call(fn, store, limit=limit, offset=offset, since=since) or [])[:limit]
        return list(_call(fn, store, limit=limit + offset, since=since) or [])[offset:offset + limit]

    def get(self, store, story_id: str) -> dict | None:
        if not self.available:
            raise StoriesUnavailable()
        return _call(self.provider.get_story, store, story_id)

    def title(self, store, story_id: str) -> str | None:
        """The title of one story, cheaply (no full Story document), or None."""
        if not self.available:
            return None
        try:
            from sqlalchemy import select

            from pantau.stories.schema import stories as table

            with store.engine.connect() as conn:
                return conn.execute(select(table.c.title).where(table.c.id == story_id)).scalar()
        except Exception:  # another provider or schema: the page shows the id instead
            return None
