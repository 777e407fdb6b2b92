"""Fixtures for the API tests: a store filled by `pantau demo` plus hand-made documents with facts."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pantau_handmade import HandmadeStories, add_handmade


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory):
    """(path, hand-made article ids): the sample corpus via `pantau demo` plus the hand-made documents."""
    from pantau.cli import main
    from pantau.store import Store

    path = tmp_path_factory.mktemp("api") / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    ids = add_handmade(Store(str(path)))
    return path, ids


@pytest.fixture(scope="session")
def client(demo_store):
    """App with a hand-made story provider (the stories stage is tested with its own documents)."""
    from fastapi.testclient import TestClient

    from pantau.api import create_app

    path, ids = demo_store
    return TestClient(create_app(str(path), stories_provider=HandmadeStories(ids), token=""))


@pytest.fixture(scope="session")
def client_no_stories(demo_store):
    """App whose stories provider has no stories functions: the 'not available yet' state."""
    from fastapi.testclient import TestClient

    from pantau.api import create_app

    return TestClient(create_app(str(demo_store[0]), stories_provider=object(), token=""))


@pytest.fixture(scope="session")
def ids(demo_store):
    return demo_store[1]
