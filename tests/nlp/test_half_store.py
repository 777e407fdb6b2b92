import numpy
import spacy

from pantau.nlp import half_store  # noqa: F401  (registers pantau_half_tok2vec)
from pantau.nlp.half_store import MIN_HALF_SIZE


def _nlp(factory: str):
    nlp = spacy.blank("id")
    nlp.add_pipe(factory, name="t2v")
    nlp.initialize()
    return nlp


def test_large_arrays_are_stored_at_half_precision_and_read_back_as_float32(tmp_path):
    half, full = _nlp("pantau_half_tok2vec"), _nlp("tok2vec")
    full.get_pipe("t2v").model.from_bytes(half.get_pipe("t2v").model.to_bytes())  # the same weights
    half.to_disk(tmp_path / "half")
    full.to_disk(tmp_path / "full")
    size = lambda p: (p / "t2v" / "model").stat().st_size  # noqa: E731
    assert size(tmp_path / "half") < 0.6 * size(tmp_path / "full")

    again = spacy.load(tmp_path / "half")
    params = [n.get_param(name) for n in again.get_pipe("t2v").model.walk()
              for name in n.param_names if n.has_param(name)]
    assert all(p.dtype == numpy.float32 for p in params)
    assert any(p.size >= MIN_HALF_SIZE for p in params)
    doc = again.make_doc("Warga Suriah mengungsi ke Turki .")
    a = again.get_pipe("t2v").model.predict([doc])[0]
    b = full.get_pipe("t2v").model.predict([doc])[0]
    assert not numpy.array_equal(a, b)            # rounded ...
    assert numpy.allclose(a, b, atol=2e-2)       # ... but close
    # bytes round trip (what sourcing a component into another pipeline uses)
    copy = _nlp("pantau_half_tok2vec")
    copy.get_pipe("t2v").from_bytes(again.get_pipe("t2v").to_bytes())
    assert numpy.array_equal(copy.get_pipe("t2v").model.predict([doc])[0], a)
