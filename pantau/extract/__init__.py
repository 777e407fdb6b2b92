"""Fact extractors: spaCy components that read the Doc and write DESIGN.md-shaped facts to
Doc extensions (``doc._.quotes``, ``doc._.counts``, ``doc._.dates``).

``add_extractors(nlp)`` appends the registered extractors to a pipeline (once).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# The publication date (ISO "YYYY-MM-DD" or None) that relative dates are resolved against;
# set by pantau.process before the pipeline runs.
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds the string from every token on each
    access (about 6 ms for a 1,000-word article), and three extractors read it. The text of a
    Doc never changes (retokenizing keeps it), so the cache cannot go stale."""
    text = doc.user_data.get("pantau_text")
    if text is None:
        text = doc.user_data["pantau_text"] = doc.text
    return text


# Component names, in the order they run. Modules register them with @Language.factory.
EXTRACTORS: list[str] = []


def add_extractors(nlp: Language) -> Language:
    import importlib

    modules = ("dates", "quotes", "counts")  # counts reads dates (to skip them) and quotes (sources)
    for module in modules:
        try:
            importlib.import_module(f"pantau.extract.{module}")
        except ModuleNotFoundError as e:
            if e.name != f"pantau.extract.{module}":
                raise
    # in this order whichever module was imported first (pantau.link.events imports counts' qualifiers)
    ordered = [f"pantau_{m}" for m in modules if f"pantau_{m}" in EXTRACTORS]
    for name in ordered + [n for n in EXTRACTORS if n not in ordered]:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp
