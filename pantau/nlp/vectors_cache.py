"""Floret vectors looked up once per word type at inference, not once per token per tok2vec.

Why: in floret mode spaCy's ``Vectors.get_batch`` hashes every token's character n-grams and sums
their rows each time it is called, and both of Pantau's tok2vecs (syntax and NER) call it for
every token (2.6 µs per token each): about 4% of the pipeline's time. A word's vector never changes once the
model is loaded, so ``cache_static_vectors`` swaps the forward pass of each ``static_vectors``
layer for one that keeps the rows it has computed (per word type, bounded). Training keeps
spaCy's own forward pass; predictions are unchanged (the same rows, the same projection).
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.vectors import Mode, Vectors
from thinc.types import Ragged

MAX_TYPES = 100_000  # 100-d float32 rows: 40 MB at most, then the cache starts over


class RowCache:
    def __init__(self, vectors: Vectors, max_types: int = MAX_TYPES):
        self.vectors = vectors
        self.max_types = max_types
        self.index: dict[int, int] = {}
        self.rows = numpy.zeros((0, vectors.shape[1]), dtype="float32")

    def get(self, keys) -> numpy.ndarray:
        index = self.index
        missing = [k for k in dict.fromkeys(keys.tolist()) if k not in index]
        if missing:
            if len(index) + len(missing) > self.max_types:
                index.clear()
                self.rows = self.rows[:0]
                missing = list(dict.fromkeys(keys.tolist()))
            new = numpy.asarray(self.vectors.get_batch(numpy.asarray(missing, dtype="uint64")), dtype="float32")
            base = len(self.rows)
            self.rows = numpy.concatenate([self.rows, new]) if base else new
            for j, k in enumerate(missing):
                index[k] = base + j
        return self.rows[[index[k] for k in keys.tolist()]]


def _cached_forward(original, cache: RowCache):
    def forward(model, docs, is_train: bool):
        if is_train or not docs or not sum(len(doc) for doc in docs):
            return original(model, docs, is_train)
        key_attr = getattr(docs[0].vocab.vectors, "attr", ORTH)  # the table's key (LOWER here), as spaCy's own lookup
        keys = numpy.concatenate([doc.to_array(key_attr) for doc in docs])
        V = model.ops.as_contig(model.ops.asarray(cache.get(keys)))
        W = model.ops.as_contig(model.get_param("W"))
        output = Ragged(model.ops.gemm(V, W, trans2=True), model.ops.asarray1i([len(doc) for doc in docs]))

        def backprop(d_output):
            raise RuntimeError("pantau: cached static vectors are for inference only")

        return output, backprop

    return forward


def cache_static_vectors(nlp: Language) -> int:
    """Install the cache on every ``static_vectors`` layer of nlp's components; returns how many."""
    vectors = nlp.vocab.vectors
    if not isinstance(vectors, Vectors) or vectors.mode != Mode.floret or not vectors.shape[0]:
        return 0
    cache = RowCache(vectors)
    n = 0
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None:
            continue
        for layer in model.walk():
            if layer.name == "static_vectors" and not layer.attrs.get("pantau_cached"):
                layer._func = _cached_forward(layer._func, cache)
                layer.attrs["pantau_cached"] = True
                n += 1
    return n
