"""pantau.analyze and the Analysis document built from the Doc."""

import json

import pytest

import pantau
from pantau.analysis import article_id

ARTICLE = (
    "Banjarmasin (ANTARA) - Banjir merendam ratusan rumah di Kabupaten Banjar sejak Senin.\n\n"
    "Kepala BPBD Kalsel Ahmad Fauzi mengatakan air mulai surut di BanjarmasinPada sore hari.\n\n"
    "Baca juga: Hujan deras diperkirakan berlanjut\n\n"
    "“Kami terus memantau debit sungai,” kata dia.\n\n"
    "Editor: Budi Santoso\n"
)


def test_analyze_string():
    a = pantau.analyze(ARTICLE, published="2024-03-12")
    d = a.to_dict()
    json.dumps(d)  # serializable
    assert d["dateline"]["place"] == "Banjarmasin" and d["outlet"] == "ANTARA"
    assert d["published"] == "2024-03-12"
    assert "Baca juga" not in d["text"] and "Editor" not in d["text"]
    assert d["repairs"][0]["fixed"] == "Banjarmasin Pada"
    assert len(d["sentences"]) == 3
    for s in d["sentences"]:
        sent = d["text"][s["start"]:s["end"]]
        assert sent == sent.strip() and sent
    assert d["id"] == article_id(d["text"]) and len(d["id"]) == 16
    # Facts come only from components that ran, and `pipeline.components` names them.
    components = d["pipeline"]["components"]
    assert "sentencizer" in components or "senter" in components or "parser" in components
    producers = {"quotes": ["pantau_quotes"], "counts": ["pantau_counts"], "dates": ["pantau_dates"],
                 "entities": ["ner", "pantau_entities"], "places": ["pantau_geo"], "events": ["pantau_events"],
                 "themes": ["pantau_themes"]}
    for field, names in producers.items():
        if not set(names) & set(components):
            assert d[field] == [], field
    if "pantau_quotes" in components:
        indirect, direct = sorted(d["quotes"], key=lambda q: q["start"])
        assert direct["text"] == "Kami terus memantau debit sungai" and direct["direct"]
        assert indirect["text"].startswith("air mulai surut") and not indirect["direct"]
        assert {q["speaker"] for q in d["quotes"]} == {"Ahmad Fauzi"}


def test_id_ignores_layout():
    a = pantau.analyze("Jakarta (ANTARA) - Satu kalimat.\nDua kalimat.")
    b = pantau.analyze("Jakarta (ANTARA) - Satu  kalimat.\r\n\r\nDua kalimat.\n")
    assert a.id == b.id


def test_bad_published_date():
    with pytest.raises(ValueError):
        pantau.analyze("Teks berita.", published="kemarin")


def test_tokens_on_request():
    from pantau.process import analyze_document
    from pantau.types import RawDocument

    a = analyze_document(RawDocument("Polisi menutup jalan.", "x", "text"), with_tokens=True)
    assert [t["text"] for t in a.to_dict()["tokens"]] == ["Polisi", "menutup", "jalan", "."]
    assert "tokens" not in pantau.analyze("Polisi menutup jalan.").to_dict()


def test_a_bug_in_a_component_names_the_document(monkeypatch):
    from pantau import process
    from pantau.types import RawDocument, ReadError

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(process, "build_analysis", broken)
    with pytest.raises(ReadError, match=r"^berita\.txt: internal error while analysing it \(IndexError: list index"):
        process.process_document(RawDocument("Banjir merendam Kampung Melayu.", "berita.txt", "text"))
    with pytest.raises(ValueError, match="not a date"):  # a caller's bad argument is still the caller's error
        process.process_document(RawDocument("Banjir.", "berita.txt", "text"), published="2024-02-30")
