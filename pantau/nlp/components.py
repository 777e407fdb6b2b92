"""Rule components of the Pantau pipeline (registered by name for configs and saved pipelines).

* ``pantau_lemmas``: lookup lemmatizer; the table maps a lower-cased form to its most frequent
  lemma in the UD training treebanks ("menutup" → "tutup"); other forms get the lower-cased form
  (proper nouns keep their spelling).
* ``pantau_places``: types the NER's place entities as GPE or LOC (``pantau.nlp.places``).
* ``pantau_punct``: re-attaches punctuation after the parser by the UD guidelines
  (``pantau.nlp.punct``).
* ``pantau_name_rels``: a proper noun's relation to the word before it follows that word's UPOS
  (``flat:name`` after a PROPN, ``nmod`` after a NOUN; ``pantau.nlp.name_relations``).
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from spacy.util import filter_spans

# imported to register pantau.GazetteerMultiHashEmbed.v1, pantau_name_rels and pantau_punct
from pantau.nlp import name_features, name_relations, punct  # noqa: F401
from pantau.nlp.places import curated_matches, place_type


class LookupLemmatizer:
    def __init__(self, nlp: Language, name: str = "pantau_lemmas", table: dict | None = None):
        self.name = name
        self.table: dict[str, str] = dict(table or {})

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for t in doc:
            if t.is_space:
                continue
            low = t.lower_
            lemma = table.get(low)
            if lemma is None:
                lemma = t.text if t.pos_ == "PROPN" else low
            t.lemma_ = lemma
        return doc

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lemmas.json").write_text(json.dumps(self.table, ensure_ascii=False, sort_keys=True),
                                          encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        self.table = json.loads((Path(path) / "lemmas.json").read_text(encoding="utf-8"))
        return self

    def to_bytes(self, exclude=tuple()):
        return json.dumps(self.table, ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data, exclude=tuple()):
        self.table = json.loads(data.decode("utf-8"))
        return self


@Language.factory("pantau_lemmas")
def make_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp, name)


@Language.factory("pantau_places", default_config={"add_curated": True})
def make_places(nlp: Language, name: str, add_curated: bool) -> "PlaceTyper":
    return PlaceTyper(add_curated)


class PlaceTyper:
    """LOC from the NER (any place) → GPE or LOC by name; a PER entity that starts with a country
    or province ("Turki Ibrahim Kalin") is split into GPE + PER; with ``add_curated``, capitalized
    countries/provinces/exonyms the NER missed are added (never overlapping its entities)."""

    def __init__(self, add_curated: bool = True):
        self.add_curated = add_curated

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        changed = False
        for ent in doc.ents:
            if ent.label_ == "PER":
                # "Presiden Turki Tayyip Erdogan": the country before a name is not part of it;
                # a "person" that is exactly a country or province is the place.
                hits = curated_matches([t.text for t in ent])
                if hits and hits[0][0] == 0 and hits[0][2] == "GPE":
                    k = hits[0][1]
                    ents.append(Span(doc, ent.start, ent.start + k, label="GPE"))
                    if k < len(ent) and ent[k].text[:1].isupper():
                        ents.append(Span(doc, ent.start + k, ent.end, label="PER"))
                    changed = True
                    continue
            if ent.label_ in ("LOC", "GPE"):
                label = place_type(ent.text, default="LOC")
                if label != ent.label_:
                    ent = Span(doc, ent.start, ent.end, label=label)
                    changed = True
            ents.append(ent)
        if self.add_curated:
            taken = set()
            for ent in ents:
                taken.update(range(ent.start, ent.end))
            words = [t.text for t in doc]
            for s, e, label in curated_matches(words):
                if not taken.intersection(range(s, e)):
                    ents.append(Span(doc, s, e, label=label))
                    changed = True
        if changed:
            doc.ents = filter_spans(ents)
        return doc
