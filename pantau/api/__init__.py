"""The JSON API and web UI (FastAPI): ``create_app(db_url)`` builds the app, ``serve`` runs it."""

from __future__ import annotations


def create_app(db_url: str | None = None, **kwargs):
    from pantau.api.app import create_app as _create_app

    return _create_app(db_url, **kwargs)


def serve(db_url: str | None = None, host: str = "127.0.0.1", port: int = 8000, *, log_level: str = "info") -> None:
    """Serve the web UI and JSON API over the store at ``db_url`` until interrupted (uvicorn)."""
    import uvicorn

    app = create_app(db_url)
    print(f"Pantau web UI: http://{host}:{port}/   (store: {app.state.store.url}; API docs: /api, /openapi.json)",
          flush=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


__all__ = ["create_app", "serve"]
