"""Gazetteer features of the NER's embedding (pantau.nlp.name_features)."""

import numpy
import pytest
import spacy

from pantau.nlp import name_features
from pantau.nlp.name_features import (FAMILY, GIVEN, PLACE_INSIDE, PLACE_START, REGION_INSIDE, REGION_START,
                                      GazetteerMultiHashEmbed, build_names, build_regions, gazetteer_codes)


@pytest.fixture(autouse=True)
def fresh_tables():
    """Tests that point NAMES elsewhere must not leave their lists in the caches."""
    yield
    name_features._tables.cache_clear()


def test_codes_mark_names_and_multiword_places():
    words = "Wali Kota Janet Jackson tiba di Bandar Lampung , kata dia .".split()
    codes = dict(zip(words, gazetteer_codes(words)))
    assert codes["Janet"] & GIVEN
    assert codes["Jackson"] & FAMILY
    assert codes["Bandar"] == PLACE_START | REGION_START and codes["Lampung"] == PLACE_INSIDE | REGION_INSIDE
    assert codes[","] == codes["."] == 0


def test_codes_mark_indonesian_districts_and_villages_that_geonames_lacks():
    words = "Warga Kebayoran Lama dan Karangdowo mengungsi ke Kabupaten Klaten .".split()
    codes = dict(zip(words, gazetteer_codes(words)))
    assert codes["Kebayoran"] == REGION_START and codes["Lama"] == REGION_INSIDE
    assert codes["Karangdowo"] == REGION_START
    assert codes["Kabupaten"] == REGION_START and codes["Klaten"] == REGION_INSIDE | PLACE_START
    assert codes["Warga"] == codes["dan"] == codes["ke"] == 0


def test_build_regions_from_idn_area_data_csv(tmp_path):
    files = {
        "provinces": "code,name\n33,Jawa Tengah\n",
        "regencies": "code,province_code,name\n33.10,33,Kabupaten Klaten\n33.72,33,Kota Surakarta\n",
        "districts": "code,regency_code,name\n33.10.01,33.10,Karangdowo\n33.10.02,33.10,Kota  Lama\n",
        "villages": "code,district_code,name\n33.10.01.2001,33.10.01,Blok 15\n"
                    "33.10.01.2002,33.10.01,Lalai I/II\n33.10.01.2003,33.10.01,Karangdowo\n"
                    "33.10.01.2004,33.10.01,Ra'as Tengah\n",
    }
    for level, text in files.items():
        (tmp_path / f"{level}.csv").write_text(text, encoding="utf-8")
    out = tmp_path / "regions.tsv"
    build_regions(tmp_path, out, log=lambda *_: None)
    rows = dict(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    assert rows == {"jawa tengah": "province", "kabupaten klaten": "regency", "klaten": "regency",
                    "kota surakarta": "regency", "surakarta": "regency", "karangdowo": "district",
                    "kota lama": "district", "ra'as tengah": "village"}


def test_codes_are_case_insensitive():
    # NERP's text is lower-cased: the lists must still fire.
    assert gazetteer_codes(["janet", "bandar", "lampung"]) == gazetteer_codes(["Janet", "Bandar", "Lampung"])


def test_common_words_get_no_name_or_one_word_place_code():
    # "kata" is a surname in one of Faker's locales and "tiba" a place name in GeoNames; both are
    # everyday Indonesian words.
    assert gazetteer_codes(["kata", "tiba", "dan", "di"]) == [0, 0, 0, 0]


def test_build_names_from_faker_and_posp(tmp_path, monkeypatch):
    posp = tmp_path / "pos_posp"
    posp.mkdir()
    lines = ["kata\tB-VBT", "dia\tB-PRN", "", "Kata\tB-VBT", "mereka\tB-PRN", "", "kata\tB-VBT", "mereka\tB-PRN", ""]
    (posp / "train.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "names.tsv"
    monkeypatch.setattr(name_features, "NAMES", out)
    build_names(tmp_path, out, log=lambda *_: None)
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    kinds = {}
    for word, kind in rows:
        kinds.setdefault(word, set()).add(kind)
    assert "given" in kinds["Janet"] and "family" in kinds["Jackson"]
    assert kinds["kata"] == {"common"}   # three times in the POSP fixture, never a proper noun
    assert "mereka" not in kinds         # only twice
    assert gazetteer_codes(["kata", "Janet"]) == [0, GIVEN]


def test_embedding_uses_the_gazetteer_column(monkeypatch):
    nlp = spacy.blank("id")
    model = GazetteerMultiHashEmbed(16, ["NORM", "SHAPE"], [50, 50], include_static_vectors=False)
    docs = [nlp("Janet tiba")]
    model.initialize(X=docs)
    with_names = model.predict(docs)[0]
    assert with_names.shape == (2, 16)
    monkeypatch.setattr(name_features, "gazetteer_codes", lambda words: [0] * len(words))
    without = model.predict(docs)[0]
    assert not numpy.allclose(with_names[0], without[0])  # "Janet" loses its GIVEN code
    assert numpy.allclose(with_names[1], without[1])      # "tiba" had none


def test_ner_config_trains_and_round_trips_with_gazetteer_features(tmp_path):
    from pathlib import Path

    from spacy.training import Example
    from spacy.util import load_config, load_model_from_config

    import pantau.nlp.tokenizer  # noqa: F401  (pantau.tokenizer.v1)

    cfg = load_config(Path(__file__).parents[2] / "configs" / "ner_id.cfg", overrides={
        "components.ner_tok2vec.model.embed.include_static_vectors": False, "paths.vectors": None})
    assert cfg["components"]["ner_tok2vec"]["model"]["embed"]["@architectures"] == "pantau.GazetteerMultiHashEmbed.v1"
    nlp = load_model_from_config(cfg, auto_fill=True)
    doc = nlp.make_doc("Janet Jackson tiba di Bandar Lampung .")
    examples = [Example.from_dict(doc, {"entities": ["B-PER", "L-PER", "O", "O", "B-GPE", "L-GPE", "O"]})]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(3):
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(tmp_path / "ner")
    again = spacy.load(tmp_path / "ner")
    assert [t.text for t in again("Janet Jackson tiba .")] == ["Janet", "Jackson", "tiba", "."]
    assert again.get_pipe("ner").labels == nlp.get_pipe("ner").labels


def test_missing_region_list_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(name_features, "REGIONS", tmp_path / "absent.tsv")
    name_features._tables.cache_clear()
    with pytest.raises(FileNotFoundError, match="list of Indonesian regions is missing"):
        gazetteer_codes(["Karangdowo"])


def test_missing_name_list_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(name_features, "NAMES", tmp_path / "absent.tsv")
    name_features._tables.cache_clear()
    with pytest.raises(FileNotFoundError, match="name list is missing"):
        gazetteer_codes(["Janet"])
