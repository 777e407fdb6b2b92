"""Browser-test fixtures: the web UI served on a free localhost port (uvicorn in a thread) over a
store filled by `pantau demo` plus hand-made documents, and Debian's chromium driven by Playwright.

Chromium (or the playwright package) missing: the tests skip locally and FAIL under CI=true.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))  # pantau_handmade

CHROMIUM = os.environ.get("PANTAU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _missing(message: str):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message + " (required under CI: apt-get install -y chromium; pip install playwright)")
    pytest.skip(message)


class CombinedStories:
    """The real stories stage (when installed) plus one hand-made story with a conflicting claim."""

    def __init__(self, handmade, real):
        self.handmade, self.real = handmade, real

    def list_stories(self, store, limit=20, offset=0, since=None):
        real = list(self.real.list_stories(store, limit=limit + offset)) if self.real else []
        return ([self.handmade.story] + real)[offset:offset + limit]

    def get_story(self, store, story_id):
        return self.handmade.get_story(store, story_id) or (self.real.get_story(store, story_id) if self.real else None)


@pytest.fixture(scope="session")
def web_store(tmp_path_factory):
    from click.testing import CliRunner

    from pantau.cli import main
    from pantau.store import Store
    from pantau_handmade import add_handmade

    path = tmp_path_factory.mktemp("web") / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path, add_handmade(Store(str(path)))


@pytest.fixture(scope="session")
def server(web_store):
    import uvicorn

    from pantau.api import create_app
    from pantau_handmade import HandmadeStories

    try:
        import pantau.stories as real
        if not callable(getattr(real, "get_story", None)):
            real = None
    except ImportError:
        real = None
    path, ids = web_store
    app = create_app(str(path), stories_provider=CombinedStories(HandmadeStories(ids), real), token="")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        assert time.time() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "ids": ids, "real_stories": real is not None}
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        _missing(f"chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server["url"])
    pg = ctx.new_page()
    pg.set_default_timeout(15_000)
    pg.problems = []  # console errors, CSP violations, uncaught exceptions, dialogs
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    pg.on("response", lambda r: r.status >= 400 and pg.problems.append(f"HTTP {r.status}: {r.url}"))
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    ctx.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
