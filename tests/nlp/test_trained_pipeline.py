"""The trained pipeline shipped in pantau/models/ (skipped where it is not shipped)."""

import pytest

from pantau.nlp import get_nlp
from pantau.nlp.pipeline import MODEL_DIR, model_label

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no trained pipeline shipped")


def test_components_and_label():
    nlp = get_nlp()
    for name in ("tagger", "morphologizer", "parser", "ner", "pantau_paragraphs", "pantau_lemmas", "pantau_places"):
        assert name in nlp.pipe_names
    assert model_label(nlp).startswith("pantau_id-")
    # sentence rules run before the parser, which respects them
    assert nlp.pipe_names.index("pantau_paragraphs") < nlp.pipe_names.index("parser")


def test_annotations():
    doc = get_nlp()("Polisi menutup jalan di Jakarta pada hari Senin.")
    assert all(t.pos_ and t.tag_ and t.dep_ for t in doc)
    assert doc[1].pos_ == "VERB" and doc[0].pos_ in ("NOUN", "PROPN")
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
    assert [t.text for t in doc.ents if t.label_ == "GPE"] == ["Jakarta"]
    assert doc[-1].pos_ == "PUNCT"


def test_tokens_in_analysis_carry_syntax():
    from pantau.process import analyze_document
    from pantau.types import RawDocument

    a = analyze_document(RawDocument("Polisi menutup jalan.", "x", "text"), with_tokens=True)
    tokens = a.to_dict()["tokens"]
    assert [t["text"] for t in tokens] == ["Polisi", "menutup", "jalan", "."]
    for t in tokens:
        assert t["lemma"] and t["pos"] and t["tag"] and t["dep"] and isinstance(t["head"], int)
    assert a.pipeline["model"] == model_label(get_nlp())


def test_plain_spacy_load_finds_pantaus_functions_by_entry_points():
    """A user's `spacy.load()` of the shipped pipeline, in a fresh interpreter that never imports
    pantau, reads text exactly as Pantau does."""
    import json
    import subprocess
    import sys

    text = "Presiden tiba di Kupang pada Jumat. Ia disambut Gubernur NTT di JL . El Tari No . 3."
    code = ("import json, spacy\n"
            f"doc = spacy.load({str(MODEL_DIR)!r})({text!r})\n"
            "print(json.dumps([[t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.lemma_] for t in doc]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    doc = get_nlp()(text)
    assert json.loads(out) == [[t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.lemma_] for t in doc]


def test_every_pantau_factory_of_the_shipped_pipeline_has_its_own_entry_point():
    """The test above passes as long as *some* entry point imports a module that registers the
    rest; each factory must be listed itself, so that no component depends on that accident."""
    from importlib.metadata import entry_points

    from spacy.util import load_config

    listed = {e.name for e in entry_points(group="spacy_factories")}
    factories = {c["factory"] for c in load_config(MODEL_DIR / "config.cfg")["components"].values()}
    assert {f for f in factories if f.startswith("pantau_")} <= listed
