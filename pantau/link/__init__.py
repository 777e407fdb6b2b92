"""Linking: geocoding, canonical entities and actor codes, events, tone and themes.

``add_linkers(nlp)`` appends Pantau's linking components to a pipeline (once), after the
language pipeline and the fact extractors (events read ``doc._.dates`` when the dates extractor
ran), except that geocoding and the entity linker go before the extractors that read
``doc.ents`` (quotes, and counts through them): the linker repairs the NER's spans ("Gubernur BI
Perry Warjiyo" is ORG "BI" and PER "Perry Warjiyo", not one person) and the speakers should be
the repaired names. Each is a spaCy component registered by name:

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
# Linkers that read only the language pipeline's output, run before the quotes extractor (above).
BEFORE_EXTRACTORS = {"pantau_geo", "pantau_entities"}


def add_linkers(nlp: Language) -> Language:
    from pantau.link import entities, events, geo, themes, tone  # noqa: F401  (registers the factories)

    for name in LINKERS:
        if name in nlp.pipe_names:
            continue
        if name in BEFORE_EXTRACTORS and "pantau_quotes" in nlp.pipe_names:
            nlp.add_pipe(name, before="pantau_quotes")
        else:
            nlp.add_pipe(name, last=True)
    return nlp


def entity_dict(e) -> dict:
    """An Analysis ``entities`` item from an entity Span (what pantau.analysis._entities builds)."""
    return {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char, "entity_id": None,
            "canonical": e._.get("canonical") if e.has_extension("canonical") and e._.get("canonical") else e.text,
            "actor_code": e._.get("actor_code") if e.has_extension("actor_code") else None}
