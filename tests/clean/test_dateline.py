import pytest

from pantau.clean.dateline import canonical_outlet, find_dateline


@pytest.mark.parametrize("body, place, outlet, canonical", [
    ("Istanbul (ANTARA News) - Turki menyatakan hal itu.", "Istanbul", "ANTARA News", "ANTARA"),
    ("Jakarta (ANTARA) - Pemerintah menaikkan harga.", "Jakarta", "ANTARA", "ANTARA"),
    ("JAKARTA, KOMPAS.com - Banjir merendam rumah warga.", "Jakarta", "KOMPAS.com", "Kompas"),
    ("PALU, KOMPAS.com - Gempa mengguncang.", "Palu", "KOMPAS.com", "Kompas"),
    ("TEMPO.CO, Jakarta - Presiden meninjau lokasi.", "Jakarta", "TEMPO.CO", "Tempo"),
    ("Liputan6.com, Makassar: Mahasiswa berunjuk rasa.", "Makassar", "Liputan6.com", "Liputan6"),
    ("Jakarta, CNN Indonesia -- Polisi menangkap dua orang.", "Jakarta", "CNN Indonesia", "CNN Indonesia"),
    ("Jakarta, 14/3 (ANTARA) - Harga cabai naik.", "Jakarta", "ANTARA", "ANTARA"),
    ("Banda Aceh (ANTARA) – Hujan deras mengguyur.", "Banda Aceh", "ANTARA", "ANTARA"),
    # a foreign town with its country: the town is the dateline's place
    ("Derna, Libya (ANTARA) - Banjir menyapu kota.", "Derna", "ANTARA", "ANTARA"),
    ("Kota Gaza, Palestina (Reuters) - Serangan berlanjut.", "Kota Gaza", "Reuters", "Reuters"),
    ("Medan, Senin (14/3) (WASPADA) - Harga cabai naik.", "Medan", "WASPADA", "Waspada"),
    # a lower-case particle inside the place's name
    ("Rio de Janeiro (ANTARA) - Para pemimpin BRICS bertemu.", "Rio de Janeiro", "ANTARA", "ANTARA"),
])
def test_dateline_styles(body, place, outlet, canonical):
    d = find_dateline(body)
    assert d is not None
    assert (d.place, d.outlet, d.canonical_outlet) == (place, outlet, canonical)
    assert d.start == 0
    assert body[d.end:][0].isalpha()  # the body starts right after the dash and space


@pytest.mark.parametrize("body", [
    "Kremlin mengatakan pada hari Jumat bahwa Turki bertanggung jawab.",
    "Jakarta, Indonesia - kata pejabat itu.",  # no outlet: a sentence, not a dateline
    "Presiden Joko Widodo (Jokowi) - yang hadir - menyampaikan pidato.",
    "Ketua umum partai, Megawati (PDIP) - yang hadir - berpidato.",  # an unknown outlet after a comma
    "",
])
def test_not_a_dateline(body):
    assert find_dateline(body) is None


def test_canonical_outlet_aliases():
    assert canonical_outlet("antaranews.com") == "ANTARA"
    assert canonical_outlet("Koran Tempo") == "Tempo"
    assert canonical_outlet("Harian Entah") is None
    # feed titles add a section to the outlet's name
    assert canonical_outlet("ANTARA News - Terkini") == "ANTARA"
    assert canonical_outlet("Berita Terkini | Tempo.co") == "Tempo"
    assert canonical_outlet("Warta - Terkini") is None


@pytest.mark.parametrize("body, place, rest", [
    ("Jakarta - Bank Indonesia (BI) menahan suku bunga.", "Jakarta", "Bank Indonesia"),
    ("SURABAYA - Polisi menangkap dua orang.", "Surabaya", "Polisi"),
    ("Banda Aceh -- Hujan turun sejak pagi.", "Banda Aceh", "Hujan"),
])
def test_place_only_dateline(body, place, rest):
    # detik and many regional sites write the place alone before the dash
    d = find_dateline(body)
    assert d and (d.place, d.outlet) == (place, None)
    assert body[d.end:].startswith(rest)


@pytest.mark.parametrize("body", [
    "Jakarta - Bandung kini bisa ditempuh dalam 40 menit.",  # a route, not a dateline
    "Indonesia - Malaysia sepakat memperkuat patroli.",  # countries pair up; datelines name towns
    "Banjir - warga mengungsi.",  # not a place
    "Jakarta: Presiden meminta warga tenang.",
])
def test_not_a_place_only_dateline(body):
    assert find_dateline(body) is None


def test_unknown_outlet_vouched_by_metadata_or_capitals():
    # (an outlet name without a newsroom word: "Banua Pos" would vouch for itself, see below)
    d = find_dateline("Banjarmasin, Kabar Banua - Hujan turun.", source_outlet="Kabar Banua")
    assert d and d.place == "Banjarmasin" and d.canonical_outlet == "Kabar Banua"
    assert find_dateline("Banjarmasin, Kabar Banua - Hujan turun.") is None
    d = find_dateline("MAKASSAR, Warta Nusantara - Unjuk rasa berlanjut.")
    assert d and d.place == "Makassar" and d.outlet == "Warta Nusantara"


def test_unknown_outlet_named_like_a_newsroom():
    # "News", "Post", "Online" ... end the names of outlets we do not list
    d = find_dateline("Cianjur (Warta Priangan News) - Gempa mengguncang.")
    assert d and (d.place, d.canonical_outlet) == ("Cianjur", "Warta Priangan News")
    d = find_dateline("Pontianak, Suara Borneo Online -- Hujan turun.")
    assert d and (d.place, d.canonical_outlet) == ("Pontianak", "Suara Borneo Online")
    assert find_dateline("Kepala Dinas Pendidikan (Media) - kata dia.") is None


def test_unknown_outlet_in_parentheses_after_a_known_town():
    d = find_dateline("Sleman (Warta Desa) - Dinas Kesehatan mencatat 1.046 kasus.")
    assert d and (d.place, d.canonical_outlet) == ("Sleman", "Warta Desa")
    # a place in the parentheses is the town's province, not an outlet
    assert find_dateline("Bandung (Jabar) - Hujan deras mengguyur kota.") is None
