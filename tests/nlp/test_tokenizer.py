"""Pantau's Indonesian tokenizer rules (pantau/nlp/tokenizer.py)."""

import pytest

from pantau.nlp import get_nlp


def toks(text):
    return [t.text for t in get_nlp().make_doc(text)]


@pytest.mark.parametrize("word", ["serangan-serangan", "pos-pos", "garis-garis", "operasi-operasi",
                                  "Orang-orang", "al-Assad", "baru-baru"])
def test_hyphenated_words_stay_whole(word):
    assert toks(f"Ada {word} di sana.") == ["Ada", word, "di", "sana", "."]


@pytest.mark.parametrize("number", ["3,5", "200.000", "1.500,75", "10.30", "2.019"])
def test_indonesian_numbers_are_one_token(number):
    assert toks(f"Nilainya {number} persen.")[2] == number


@pytest.mark.parametrize("abbr", ["Prof.", "dr.", "No.", "Jl.", "Kec.", "Kab.", "Drs.", "dll.", "Pol.", "Purn.", "Mgr.",
                                  "Pdt."])
def test_abbreviations(abbr):
    assert abbr in toks(f"Ia tinggal di {abbr} Mawar sejak lama.")


def test_acronym_that_ends_a_sentence_keeps_its_period_apart():
    # "MA" (Mahkamah Agung) is not the degree "MA.": the period ends the sentence
    assert toks("Berkas dikirim ke MA. Putusan menyusul.")[3:5] == ["MA", "."]


def test_acronyms_quotes_and_dashes():
    assert toks('"PBB siap," ujar dia—tegas.') == ['"', "PBB", "siap", ",", '"', "ujar", "dia", "—", "tegas", "."]
    assert toks("Jakarta – Bogor") == ["Jakarta", "–", "Bogor"]


@pytest.mark.parametrize("text,expected", [
    ("tahun 2019—yang lalu", ["tahun", "2019", "—", "yang", "lalu"]),
    ("periode 2019–2024", ["periode", "2019", "–", "2024"]),
    ("menolak—“tidak", ["menolak", "—", "“", "tidak"]),
    ("“Kami siap”—kata dia", ["“", "Kami", "siap", "”", "—", "kata", "dia"]),
    ("(PBB)—dan", ["(", "PBB", ")", "—", "dan"]),
    ("Bogor, 5/3--Warga", ["Bogor", ",", "5", "/", "3", "--", "Warga"]),
    ("pos-pos -- kata", ["pos-pos", "--", "kata"]),
])
def test_dashes_split_wherever_they_stand(text, expected):
    assert toks(text) == expected


@pytest.mark.parametrize("word", ["ke-3", "COVID-19", "U-19", "H-1", "1960-an", "2-1", "10-15"])
def test_hyphens_next_to_digits_stay_in_the_word(word):
    # the UD treebanks and POSP keep these whole ("ke-5" ADJ, "1960-an", "2-2")
    assert toks(f"Itu {word} saja.") == ["Itu", word, "saja", "."]


def test_clitics_follow_ud():
    assert toks("Rumahnya dekat.") == ["Rumah", "nya", "dekat", "."]
    assert toks("Apakah itulah sebabnya?") == ["Apa", "kah", "itu", "lah", "sebab", "nya", "?"]
    assert toks("Meskipun hujan.") == ["Meski", "pun", "hujan", "."]


@pytest.mark.parametrize("word", ["hanya", "punya", "sebelumnya", "akhirnya", "setidaknya", "telah",
                                  "sekolah", "langkah", "maupun", "buku", "kuasa", "kaum", "adalah"])
def test_words_that_only_look_like_clitic_hosts(word):
    assert toks(f"Itu {word} saja.")[1] == word
