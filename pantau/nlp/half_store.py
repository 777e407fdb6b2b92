"""A ``tok2vec`` component that stores its large weight arrays at half precision on disk.

Why: the NER ensemble (``pantau/nlp/ensemble.py``) holds two 128-wide CNNs with their hash
tables, 24 MB at float32, which would take the shipped weights past the 40 MB the package allows.
spaCy and thinc only write float32; this component halves the large arrays (float16) when it
writes itself and widens them back to float32 when it reads, so the model computes exactly as
before, on weights rounded to 11 significant bits. Small arrays (biases, layer norms) stay float32.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import srsly
from spacy.language import Language
from spacy.pipeline.tok2vec import DEFAULT_TOK2VEC_MODEL, Tok2Vec
from spacy.util import from_bytes, from_disk, to_bytes, to_disk
from thinc.api import Model

MIN_HALF_SIZE = 1 << 14  # arrays with fewer values stay float32


def half_bytes(model: Model) -> bytes:
    msg = model.to_dict()
    for params in msg["params"]:
        for name, value in params.items():
            if value is not None and value.dtype == numpy.float32 and value.size >= MIN_HALF_SIZE:
                params[name] = value.astype(numpy.float16)
    return srsly.msgpack_dumps(msg)


def load_half_bytes(model: Model, data: bytes) -> Model:
    msg = srsly.msgpack_loads(data)
    for params in msg["params"]:
        for name, value in params.items():
            if value is not None and value.dtype == numpy.float16:
                params[name] = value.astype(numpy.float32)
    return model.from_dict(msg)


class HalfStoredTok2Vec(Tok2Vec):
    """spaCy's ``Tok2Vec`` (listeners and all), with a model file about half the size."""

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return to_bytes({"cfg": lambda: srsly.json_dumps(self.cfg), "model": lambda: half_bytes(self.model)},
                        exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()) -> "HalfStoredTok2Vec":
        from_bytes(bytes_data, {"cfg": lambda b: self.cfg.update(srsly.json_loads(b)),
                                "model": lambda b: load_half_bytes(self.model, b)}, exclude)
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        to_disk(path, {"cfg": lambda p: srsly.write_json(p, self.cfg),
                       "model": lambda p: Path(p).write_bytes(half_bytes(self.model))}, exclude)

    def from_disk(self, path, *, exclude=tuple()) -> "HalfStoredTok2Vec":
        from_disk(path, {"cfg": lambda p: self.cfg.update(srsly.read_json(p)) if Path(p).exists() else None,
                         "model": lambda p: load_half_bytes(self.model, Path(p).read_bytes())}, exclude)
        return self


@Language.factory("pantau_half_tok2vec", default_config={"model": DEFAULT_TOK2VEC_MODEL})
def make_half_tok2vec(nlp: Language, name: str, model: Model) -> HalfStoredTok2Vec:
    return HalfStoredTok2Vec(nlp.vocab, model, name)
