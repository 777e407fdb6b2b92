"""Scoring Pantau against gold files (``pantau eval --task TASK FILE``).

Each task module registers a scorer: ``scorer(path) -> Report``. A Report carries the headline
figures (fractions, e.g. ``precision``/``recall``/``f1`` or ``upos``/``las``) for ``--json`` and a
per-label table for humans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

TASKS: dict[str, Callable[[str], "Report"]] = {}


@dataclass
class Report:
    task: str
    scores: dict[str, float]  # headline figures, as fractions
    per_label: dict[str, dict[str, float]] = field(default_factory=dict)  # label -> {precision, recall, f1, support}
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"task": self.task, **self.scores, "per_label": self.per_label, **self.extra}


def register(task: str):
    def deco(fn):
        TASKS[task] = fn
        return fn
    return deco


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": tp + fn}


def load_tasks() -> None:
    """Import the task modules so that they register themselves."""
    import importlib
    import pkgutil

    import pantau.evaluate as pkg

    for mod in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"pantau.evaluate.{mod.name}")
