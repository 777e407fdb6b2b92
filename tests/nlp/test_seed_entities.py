"""On the seed articles (../shared/seeds), the key persons and places are found with their type."""

import pytest

from pantau.nlp.pipeline import MODEL_DIR

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no trained pipeline shipped")

PERSONS = ["Mevlut Cavusoglu", "Yasar Guler", "Ibrahim Kalin", "Tayyip Erdogan", "Vladimir Putin",
           "Dmitry Peskov", "Mohanned Othman"]
PLACES = ["Idlib", "Turki", "Rusia", "Suriah", "Ankara", "Moskow", "Teheran"]


_CACHE: dict[str, set] = {}


def _entities(seeds_dir):
    import pantau

    if str(seeds_dir) in _CACHE:
        return _CACHE[str(seeds_dir)]
    found = set()
    for path in sorted(seeds_dir.glob("*.txt")):
        a = pantau.analyze(path.read_text(encoding="utf-8"))
        found |= {(e["text"], e["label"]) for e in a.entities}
    _CACHE[str(seeds_dir)] = found
    return found


@pytest.mark.parametrize("name", PERSONS)
def test_persons(seeds_dir, name):
    assert (name, "PER") in _entities(seeds_dir)


@pytest.mark.parametrize("name", PLACES)
def test_places(seeds_dir, name):
    assert (name, "GPE") in _entities(seeds_dir)


def test_dateline_place_type():
    from pantau.nlp.places import place_type

    assert place_type("Istanbul") == "GPE"
