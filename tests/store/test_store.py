"""Store: idempotent ingest, per-article transactions, search with filters."""

import json

import pytest
from sqlalchemy.exc import IntegrityError

import pantau
from pantau.store import Store, resolve_db_url
from pantau.types import RawDocument

ARTICLES = [
    {"title": "Banjir rendam Banjarmasin", "outlet": "ANTARA", "published": "2024-03-12",
     "url": "https://contoh.id/banjir-1",
     "text": "Banjarmasin (ANTARA) - Banjir merendam ratusan rumah warga di Banjarmasin sejak Senin."},
    {"title": "Gempa guncang Palu", "outlet": "Kompas", "published": "2024-04-02",
     "url": "https://contoh.id/gempa-1",
     "text": "PALU, KOMPAS.com - Gempa bermagnitudo 5,8 mengguncang Palu pada Selasa pagi."},
    {"title": "Pengungsi banjir bertambah", "outlet": "Tempo", "published": "2024-03-14",
     "url": "https://contoh.id/banjir-2",
     "text": "TEMPO.CO, Banjarmasin - Jumlah pengungsi banjir di Banjarmasin terus bertambah."},
]


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.jsonl").write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), encoding="utf-8")
    (d / "sub").mkdir()
    (d / "sub" / "b.txt").write_text("Jakarta (ANTARA) - Harga cabai di pasar induk naik tajam pekan ini.",
                                     encoding="utf-8")
    return d


def test_ingest_twice_stores_once(tmp_path, corpus):
    store = Store(tmp_path / "p.db")
    first = store.ingest([corpus])
    assert len(first.stored) == 4 and not first.errors
    second = store.ingest([corpus])
    assert second.stored == [] and sorted(second.existing) == sorted(first.stored)
    assert store.count() == 4


def test_search_and_filters(tmp_path, corpus):
    store = Store(tmp_path / "p.db")
    store.ingest([corpus])
    assert {h["title"] for h in store.search("banjir")} == {"Banjir rendam Banjarmasin", "Pengungsi banjir bertambah"}
    assert [h["outlet"] for h in store.search("banjir", outlet="tempo")] == ["Tempo"]
    assert [h["published"] for h in store.search("banjir", since="2024-03-13")] == ["2024-03-14"]
    assert [h["title"] for h in store.search("", place="Palu")] == ["Gempa guncang Palu"]
    assert "[" in store.search("gempa")[0]["snippet"]  # the match is marked


@pytest.mark.parametrize("query", ['"', "AND", "banjir OR", "NEAR(", "title:x", "*", "PBB: 200.000", "'; DROP TABLE articles; --",
                                   "((((", "\x00", "ñ" * 500])
def test_search_any_input_is_safe(tmp_path, corpus, query):
    store = Store(tmp_path / "p.db")
    store.ingest([corpus])
    assert isinstance(store.search(query), list)
    assert store.count() == 4


def test_get_returns_the_document(tmp_path, corpus):
    store = Store(tmp_path / "p.db")
    report = store.ingest([corpus])
    doc = store.get(report.stored[0])
    assert doc["id"] == report.stored[0] and "story_id" in doc and doc["duplicate_of"] is None
    raw, omap = store.get_raw(doc["id"])
    assert omap["runs"]
    assert store.get("0000000000000000") is None


def test_article_is_all_or_nothing(tmp_path):
    store = Store(tmp_path / "p.db")
    good = pantau.analyze("Jakarta (ANTARA) - Kalimat pertama yang baik.")
    assert store.add(good, RawDocument(good.text, "good", "text"))
    bad = pantau.analyze("Jakarta (ANTARA) - Kalimat kedua yang akan gagal.")
    bad.quotes = [{"text": "x", "start": None, "end": 1}]  # violates NOT NULL after the article row is written
    with pytest.raises(IntegrityError):
        store.add(bad, RawDocument(bad.text, "bad", "text"))
    assert store.count() == 1 and not store.has(bad.id) and store.has(good.id)
    assert store.search("gagal") == []


def test_a_bug_hit_by_one_article_is_its_error_and_the_batch_goes_on(tmp_path, corpus, monkeypatch):
    store = Store(tmp_path / "p.db")

    def hook(store_, conn, a):  # a store hook that fails on one article only, after its row was written
        if "cabai" in a["text"]:
            raise KeyError("centroid")

    monkeypatch.setattr(store, "add_hooks", [*store.add_hooks, hook])
    report = store.ingest([corpus])
    assert len(report.stored) == 3 and len(report.errors) == 1
    err = str(report.errors[0])
    assert err.startswith(str(corpus / "sub" / "b.txt") + ": internal error while storing it (KeyError")
    assert "\n" not in err and store.count() == 3 and store.search("cabai") == []


def test_db_url_resolution(tmp_path, monkeypatch):
    assert resolve_db_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_db_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("PANTAU_DB", str(tmp_path / "env.db"))
    assert resolve_db_url(None).endswith("env.db")
