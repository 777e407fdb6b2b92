"""`pantau serve`: the JSON API and web UI (registered into the main CLI by ``register``)."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    from pantau.cli import db_option

    @main.command()
    @db_option
    @click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
    @click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
    def serve(db: str | None, host: str, port: int) -> None:
        """Serve the web UI and JSON API over the store (reads public; writes need PANTAU_TOKEN)."""
        from pantau.api import serve as _serve

        _serve(db, host, port)
