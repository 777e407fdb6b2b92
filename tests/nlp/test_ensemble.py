from pathlib import Path

import numpy
import pytest
from spacy.training import Example
from spacy.util import fix_random_seed, load_config, load_model_from_config

from pantau.nlp.ensemble import merge_ner
from pantau.nlp.pipeline import load_model

CONFIG = Path(__file__).parents[2] / "configs" / "ner_id.cfg"
TEXTS = [("Menteri Retno Marsudi tiba di Bandar Lampung .", ["O", "B-PER", "L-PER", "O", "O", "B-LOC", "L-LOC", "O"]),
         ("Presiden Joko Widodo meresmikan Pasar Johar di Semarang .",
          ["O", "B-PER", "L-PER", "O", "B-LOC", "L-LOC", "O", "U-LOC", "O"]),
         ("Pertamina menaikkan harga elpiji .", ["U-ORG", "O", "O", "O", "O"])]


def _member(path: Path, seed: int, width: int = 32) -> Path:
    cfg = load_config(CONFIG, overrides={
        "components.ner_tok2vec.model.embed.include_static_vectors": False, "paths.vectors": None,
        "components.ner_tok2vec.model.encode.width": width})
    fix_random_seed(seed)
    nlp = load_model_from_config(cfg, auto_fill=True)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in TEXTS]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(8):
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(path)
    return path


def _first_scores(nlp, text: str) -> numpy.ndarray:
    """Action scores for every state of the first transition (one state per doc)."""
    ner = nlp.get_pipe("ner")
    docs = [nlp.get_pipe("ner_tok2vec")(nlp.make_doc(text))]
    step = ner.model.predict(docs)
    states = ner.moves.init_batch(docs)
    return numpy.asarray(step.predict(states))


@pytest.fixture(scope="module")
def members(tmp_path_factory):
    root = tmp_path_factory.mktemp("ner_members")
    return [_member(root / "a", 1), _member(root / "b", 2, width=48)]


def test_one_member_merges_into_the_same_model(members, tmp_path):
    merged = load_model(merge_ner(members[:1], tmp_path / "one"))
    member = load_model(members[0])
    text = "Menteri Retno Marsudi tiba di Semarang ."
    assert numpy.allclose(_first_scores(merged, text), _first_scores(member, text), atol=1e-5)
    assert [(e.text, e.label_) for e in merged(text).ents] == [(e.text, e.label_) for e in member(text).ents]


def test_merged_scores_are_the_mean_of_the_members(members, tmp_path):
    merged = load_model(merge_ner(members, tmp_path / "two"))  # saved and loaded again from its config
    assert merged.pipe_names == ["ner_tok2vec", "ner"]
    assert merged.config["components"]["ner"]["model"]["hidden_width"] == 128   # 64 + 64
    loaded = [load_model(m) for m in members]
    for text in ["Pertamina menaikkan harga di Bandar Lampung .", "Joko Widodo tiba ."]:
        expected = numpy.mean([_first_scores(m, text) for m in loaded], axis=0)
        assert numpy.allclose(_first_scores(merged, text), expected, atol=1e-5)
    assert merged.get_pipe("ner").labels == loaded[0].get_pipe("ner").labels


def test_members_must_share_the_transition_system(members, tmp_path):
    # a member whose NER knows other actions cannot be averaged with the rest
    nlp = load_model(members[1])
    nlp.get_pipe("ner").add_label("EVT")
    nlp.to_disk(tmp_path / "c")
    with pytest.raises(ValueError, match="other NER actions"):
        merge_ner([members[0], tmp_path / "c"], tmp_path / "bad")


def test_no_members_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="no member"):
        merge_ner([], tmp_path / "none")


def test_concatenated_tok2vec_trains_like_thincs_concatenate(members, tmp_path):
    """Inference runs the members one after another and has no backward pass; training keeps
    concatenate's forward and backward."""
    merged = load_model(merge_ner(members, tmp_path / "train"))
    t2v = merged.get_pipe("ner_tok2vec").model
    docs = [merged.make_doc("Joko Widodo tiba di Semarang .")]
    predicted = t2v.predict(docs)
    assert predicted[0].shape == (6, 80)   # widths 32 + 48
    singles = [load_model(m).get_pipe("ner_tok2vec").model.predict(docs)[0] for m in members]
    assert numpy.allclose(predicted[0], numpy.hstack(singles), atol=1e-6)
    trained, backprop = t2v.begin_update(docs)
    assert trained[0].shape == (6, 80)
    backprop([t2v.ops.alloc2f(6, 80)])  # concatenate's backward runs
    _, no_backprop = t2v._func(t2v, docs, is_train=False)
    with pytest.raises(RuntimeError, match="no backward pass"):
        no_backprop([t2v.ops.alloc2f(6, 80)])
