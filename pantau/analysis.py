"""The Analysis document (DESIGN.md contract), built from an Article and its spaCy Doc in one place.

Fields whose extractors do not exist yet stay empty, and ``pipeline.components`` names only what
actually ran, so an empty list never pretends that a fact-finder looked and found nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pantau import __version__
from pantau.nlp.pipeline import model_label
from pantau.types import Article

# Components of Pantau that run outside the spaCy pipeline, before it.
CLEANER_COMPONENTS = ["reader", "dateline", "boilerplate", "repair"]


def article_id(clean_text: str) -> str:
    """sha256 of the normalized clean text (NFC, case-folded, whitespace collapsed), 16 hex chars.

    Normalizing makes re-ingesting the same story from another format or with other line breaks
    land on the same id.
    """
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", clean_text)).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@dataclass
class Analysis:
    id: str
    source: dict
    outlet: str | None
    published: str | None
    title: str | None
    dateline: dict | None
    language: str
    text: str
    removed: list[dict] = field(default_factory=list)
    repairs: list[dict] = field(default_factory=list)
    sentences: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    counts: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    tone: dict | None = None
    themes: list[dict] = field(default_factory=list)
    pipeline: dict = field(default_factory=dict)
    tokens: list[dict] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["tokens"] is None:
            del d["tokens"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Analysis":
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def _sentences(doc: Doc) -> list[dict]:
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        out.append({"start": words[0].idx, "end": words[-1].idx + len(words[-1].text)})
    return out


def _entities(doc: Doc) -> list[dict]:
    # canonical/actor_code come from the entity linker (pantau.link.entities) when it ran;
    # entity_id is assigned by the store, across articles.
    return [
        {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char, "entity_id": None,
         "canonical": (e._.get("canonical") if Span.has_extension("canonical") else None) or e.text,
         "actor_code": e._.get("actor_code") if Span.has_extension("actor_code") else None}
        for e in doc.ents
    ]


def _tokens(doc: Doc) -> list[dict]:
    return [
        {"start": t.idx, "end": t.idx + len(t.text), "text": t.text, "lemma": t.lemma_ or None,
         "pos": t.pos_ or None, "tag": t.tag_ or None, "head": t.head.i, "dep": t.dep_ or None}
        for t in doc if not t.is_space
    ]


# Analysis fields filled by spaCy components through Doc extensions of the same name
# (``doc._.quotes`` etc.): each a list of dicts in the DESIGN.md shape, offsets in ``doc.text``.
FACT_FIELDS = ("places", "quotes", "counts", "dates", "events", "themes")


def _facts(doc: Doc, name: str) -> list[dict]:
    if not Doc.has_extension(name):
        return []
    return list(doc._.get(name) or [])


def build_analysis(article: Article, doc: Doc, nlp: Language, published: str | None = None,
                   with_tokens: bool = False) -> Analysis:
    raw = article.raw
    return Analysis(
        id=article_id(article.text),
        source={"path_or_url": raw.path_or_url, "format": raw.format, "url": raw.url},
        outlet=article.outlet,
        published=published or raw.published,
        title=raw.title,
        dateline=article.dateline,
        language="id",
        text=article.text,
        removed=article.removed,
        repairs=article.repairs,
        sentences=_sentences(doc),
        entities=_entities(doc),
        **{name: _facts(doc, name) for name in FACT_FIELDS},
        tone=doc._.tone if Doc.has_extension("tone") else None,
        pipeline={"pantau": __version__, "model": model_label(nlp),
                  "components": CLEANER_COMPONENTS + list(nlp.pipe_names)},
        tokens=_tokens(doc) if with_tokens else None,
    )
