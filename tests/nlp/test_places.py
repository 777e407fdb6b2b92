"""Typing place names (pantau.nlp.places.place_type)."""

import pytest

from pantau.nlp.places import place_type


@pytest.mark.parametrize("name", ["Istanbul", "Turki", "Rusia", "Suriah", "Idlib", "Ankara", "Moskow", "Teheran",
                                  "Jakarta", "Kabupaten Banjar", "Desa Sukamaju", "Jawa Barat", "Banjarmasin"])
def test_gpe(name):
    assert place_type(name) == "GPE"


@pytest.mark.parametrize("name", ["Gunung Merapi", "Sungai Ciliwung", "Selat Malaka", "Eropa", "Timur Tengah"])
def test_loc(name):
    assert place_type(name) == "LOC"


def test_case_and_space_insensitive():
    assert place_type("  ISTANBUL ") == "GPE"
