"""pantau.nlp.train: the data conversions that decide what the pipeline learns."""

import os
from pathlib import Path

import pytest

from pantau.nlp.corpora import UDSentence, UDToken
from pantau.nlp.train import DEFAULT_DATA, VECTOR_TEXTS, to_gsd_conventions


def _sent(rows):
    """rows: (form, upos, head, deprel)"""
    return UDSentence([UDToken(f, f.lower(), u, "_", "_", h, d) for f, u, h, d in rows])


def test_bare_noun_modifier_becomes_compound():
    # "harga minyak naik": minyak modifies harga with no preposition
    s = _sent([("harga", "NOUN", 3, "nsubj"), ("minyak", "NOUN", 1, "nmod"), ("naik", "VERB", 0, "root")])
    to_gsd_conventions(s)
    assert s.tokens[1].deprel == "compound"


def test_modifier_with_preposition_or_name_stays_nmod():
    # "rumah di desa": desa has a case child, so it stays nmod
    s = _sent([("rumah", "NOUN", 0, "root"), ("di", "ADP", 3, "case"), ("desa", "NOUN", 1, "nmod")])
    to_gsd_conventions(s)
    assert s.tokens[2].deprel == "nmod"
    # "presiden Indonesia": a proper-noun modifier stays nmod (GSD does the same)
    s = _sent([("presiden", "NOUN", 0, "root"), ("Indonesia", "PROPN", 1, "nmod")])
    to_gsd_conventions(s)
    assert s.tokens[1].deprel == "nmod"
    # subtypes are left alone
    s = _sent([("hari", "NOUN", 0, "root"), ("minggu", "NOUN", 1, "nmod:tmod")])
    to_gsd_conventions(s)
    assert s.tokens[1].deprel == "nmod:tmod"


def test_vectors_read_training_splits_only():
    assert all("dev" not in rel and "test" not in rel for rel in VECTOR_TEXTS)
    if not (DEFAULT_DATA / "ner_nergrit").exists():
        if os.environ.get("CI"):
            pytest.fail(f"{DEFAULT_DATA} is missing")
        pytest.skip("no ../shared/data")
    for rel in VECTOR_TEXTS:
        assert (Path(DEFAULT_DATA) / rel).exists(), rel
