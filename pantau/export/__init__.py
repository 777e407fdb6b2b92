"""Exporters: write the store in another format (``pantau export --format NAME OUT``).

Each exporter is ``fn(store, stream) -> int`` (number of records written) registered in
``EXPORTERS`` under its format name; modules in this package register themselves on import.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, TextIO

EXPORTERS: dict[str, Callable[..., int]] = {}
# Formats written as bytes (e.g. parquet) rather than text.
BINARY: set[str] = set()


def register(name: str, binary: bool = False):
    def deco(fn):
        EXPORTERS[name] = fn
        if binary:
            BINARY.add(name)
        return fn
    return deco


def load_exporters() -> dict[str, Callable[..., int]]:
    for mod in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{mod.name}")
    return EXPORTERS
