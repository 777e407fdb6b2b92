"""Shared test helpers: where ../shared lives, and fixtures written for Pantau."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def require_shared(*parts: str) -> Path:
    """Path under ../shared; fails in CI (where it must exist), skips elsewhere."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing: tests that read ../shared need it beside the repository"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return require_shared("seeds")


@pytest.fixture
def sample_corpus() -> Path:
    from pantau.cli import sample_corpus_path

    return sample_corpus_path()


@pytest.fixture
def facts_of():
    """A reader of what Pantau finds in a short text, in the shape most extraction and linking tests
    compare: ``facts_of("events", "actor", "cameo", published="2024-06-13")(text)`` is the list of
    each event's (actor, cameo); a call may give its own publication date as a second argument."""
    import pantau

    def make(kind: str, *keys: str, published: str | None = None):
        def read(text: str, published: str | None = published) -> list[tuple]:
            return [tuple(f[k] for k in keys) for f in getattr(pantau.analyze(text, published=published), kind)]
        return read
    return make
