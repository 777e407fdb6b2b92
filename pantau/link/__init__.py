"""Linking: geocoding, canonical entities and actor codes, events, tone and themes.

``add_linkers(nlp)`` appends Pantau's linking components to a pipeline (once), after the
language pipeline and the fact extractors (events read ``doc._.dates`` when the dates extractor
ran). Each is a spaCy component registered by name:

* ``pantau_geo``       → ``doc._.places`` (pantau.link.geo; reads ``doc._.dateline_place``)
* ``pantau_entities``  → ``span._.canonical`` / ``span._.actor_code`` on ``doc.ents`` (pantau.link.entities)
* ``pantau_events``    → ``doc._.events`` (pantau.link.events)
* ``pantau_tone``      → ``doc._.tone`` (pantau.link.tone)
* ``pantau_themes``    → ``doc._.themes`` (pantau.link.themes)

Cross-article entity ids live in the store (pantau.link.store).
"""

from __future__ import annotations

from spacy.language import Language

LINKERS: list[str] = ["pantau_geo", "pantau_entities", "pantau_events", "pantau_tone", "pantau_themes"]


def add_linkers(nlp: Language) -> Language:
    from pantau.link import entities, events, geo, themes, tone  # noqa: F401  (registers the factories)

    for name in LINKERS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def entity_dict(e) -> dict:
    """An Analysis ``entities`` item from an entity Span (what pantau.analysis._entities builds)."""
    return {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char, "entity_id": None,
            "canonical": e._.get("canonical") if e.has_extension("canonical") and e._.get("canonical") else e.text,
            "actor_code": e._.get("actor_code") if e.has_extension("actor_code") else None}
