"""Near-duplicates, clustering, related stories, summaries and the Story document, through the store
with hand-made Analysis dicts (no NLP pipeline needed)."""

from __future__ import annotations

import pytest

import pantau.stories  # noqa: F401  (hooks and tables)
from pantau.store import Store
from pantau.stories import get_story, list_stories
from pantau.stories.cluster import assign
from pantau.stories.story import trending_rates

FLOOD = ("Hujan deras sejak Jumat malam membuat ratusan rumah di Kampung Melayu dan Cipinang Melayu terendam banjir. "
         "Petugas BPBD DKI Jakarta mengevakuasi warga lansia dan anak-anak ke masjid dan sekolah terdekat. "
         "Kepala BPBD Subejo mengatakan dapur umum sudah didirikan dan pompa dikerahkan ke titik rawan. "
         "Air kiriman dari Bogor membuat Kali Ciliwung meluap hingga dua meter di bantaran sungai.")
FLOOD_2 = ("Genangan di Kampung Melayu mulai surut pada Minggu dan warga kembali membersihkan lumpur. "
           "BPBD DKI Jakarta mencatat pengungsi banjir berkurang karena Kali Ciliwung tidak lagi meluap. "
           "Subejo meminta warga di bantaran sungai tetap waspada terhadap banjir susulan dari Bogor.")
QUAKE = ("Gempa bermagnitudo 5,6 mengguncang Cianjur dan merusak ratusan rumah di Cugenang dan Pacet. "
         "BMKG menyebut pusat gempa berada di darat dengan kedalaman sepuluh kilometer dan dipicu sesar lokal. "
         "Tim SAR gabungan mengevakuasi korban yang tertimpa reruntuhan sekolah dan pesantren.")


def analysis(aid, text, published, title=None, counts=(), entities=()):
    sents, pos = [], 0
    for part in text.split(". "):
        end = pos + len(part) + (1 if not part.endswith(".") else 0)
        sents.append({"start": pos, "end": min(end, len(text))})
        pos = end + 1
    return {"id": aid, "text": text, "title": title, "published": published, "outlet": "ANTARA",
            "sentences": sents, "counts": list(counts), "entities": list(entities), "places": [], "quotes": [],
            "events": [], "dateline": None}


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "s.db")


def add(store, a):
    """Store the article row (as Store.add would) and run the stories hook in the same transaction."""
    from sqlalchemy import insert

    from pantau.store.schema import articles

    with store.engine.begin() as conn:
        conn.execute(insert(articles).values(
            id=a["id"], source="test", format="text", outlet=a["outlet"], published=a["published"],
            title=a["title"], raw_text=a["text"], text=a["text"], offset_map={}, analysis=a,
            ingested_at="2024-01-01T00:00:00"))
        return assign(store, conn, a)


def test_reprint_is_linked_to_the_original_and_same_story(store):
    r1 = add(store, analysis("a" * 16, FLOOD, "2020-01-01", "Banjir rendam Kampung Melayu"))
    edited = FLOOD.replace("mengatakan", "menyatakan").replace("terdekat", "di sekitarnya")
    r2 = add(store, analysis("b" * 16, edited, "2020-01-02"))
    assert r1["new_story"] and r2["duplicate_of"] == "a" * 16 and r2["story_id"] == r1["story_id"]
    doc = get_story(store, r1["story_id"])
    assert doc["duplicates"] == [{"article_id": "b" * 16, "duplicate_of": "a" * 16}]
    assert doc["reports"] == 1 and doc["articles"] == ["a" * 16, "b" * 16]
    # the summary never uses the reprint
    assert doc["summary"] and all(s["article_id"] == "a" * 16 for s in doc["summary"])


def test_earlier_published_copy_becomes_the_original(store):
    add(store, analysis("a" * 16, FLOOD, "2020-01-03"))
    r = add(store, analysis("c" * 16, FLOOD.replace("Jumat", "Kamis"), "2020-01-01"))
    assert r["duplicate_of"] is None
    from pantau.stories import story_of

    assert story_of(store, "a" * 16)[1] == "c" * 16


def test_follow_up_joins_other_topic_starts_new_story(store):
    r1 = add(store, analysis("a" * 16, FLOOD, "2020-01-01"))
    r2 = add(store, analysis("d" * 16, FLOOD_2, "2020-01-03"))
    r3 = add(store, analysis("e" * 16, QUAKE, "2020-01-03"))
    assert r2["story_id"] == r1["story_id"] and not r2["new_story"]
    assert r3["new_story"] and r3["story_id"] != r1["story_id"]
    assert {s["id"] for s in list_stories(store)} == {r1["story_id"], r3["story_id"]}


def test_article_without_terms_is_its_own_story(store):
    # "x" has no term to index; storing it once crashed the whole ingest batch (INSERT DEFAULT VALUES)
    r = add(store, analysis("9" * 16, "x", "2020-01-01"))
    assert r["new_story"] and get_story(store, r["story_id"])["articles"] == ["9" * 16]
    assert add(store, analysis("a" * 16, FLOOD, "2020-01-02"))["new_story"]


def test_same_actors_a_year_later_is_related_not_merged(store):
    r1 = add(store, analysis("a" * 16, FLOOD, "2020-01-01"))
    r2 = add(store, analysis("f" * 16, FLOOD_2, "2021-02-20"))
    assert r2["new_story"]
    assert get_story(store, r2["story_id"])["related"] == [r1["story_id"]]
    assert get_story(store, r1["story_id"])["related"] == [r2["story_id"]]


def test_story_document_fields_and_ledger(store):
    counts = [{"value": 200000, "text": "lebih dari 200.000", "start": 0, "end": 18, "qualifier": "more_than",
               "kind": "displaced", "unit": "people", "place": "Idlib", "source": "PBB"},
              {"value": 300000, "text": "lebih dari 300.000", "start": 30, "end": 48, "qualifier": "more_than",
               "kind": "displaced", "unit": "people", "place": "Idlib", "source": "UOSSM"}]
    ents = [{"text": "BPBD DKI Jakarta", "label": "ORG", "start": 0, "end": 5, "canonical": "BPBD DKI Jakarta",
             "entity_id": "org:bpbd-dki"}]
    r = add(store, analysis("a" * 16, FLOOD, "2020-01-01", "Banjir", counts=counts, entities=ents))
    doc = get_story(store, r["story_id"])
    for key in ("id", "title", "articles", "duplicates", "related", "first_seen", "last_seen", "trending",
                "summary", "timeline", "entities", "claims"):
        assert key in doc
    assert doc["claims"][0]["status"] == "conflict"
    assert doc["entities"][0] == {"entity_id": "org:bpbd-dki", "canonical": "BPBD DKI Jakarta", "mentions": 1}
    kinds = [t["kind"] for t in doc["timeline"]]
    assert kinds[0] == "article" and kinds.count("count") == 2
    for s in doc["summary"]:
        assert FLOOD[s["start"]:s["end"]] == s["text"]


def test_trending_rule():
    import datetime as dt

    ref = dt.date(2020, 1, 31)
    assert trending_rates(["2020-01-30", "2020-01-31", "2020-01-31"], ref)[0]
    steady = [(dt.date(2020, 1, 2) + dt.timedelta(days=i)).isoformat() for i in range(30)]
    assert not trending_rates(steady, ref)[0]
    assert not trending_rates(["2020-01-31"], ref)[0]


def test_state_is_rebuilt_from_the_database(tmp_path):
    s1 = Store(tmp_path / "x.db")
    r1 = add(s1, analysis("a" * 16, FLOOD, "2020-01-01"))
    s2 = Store(tmp_path / "x.db")  # a new process: LSH index rebuilt lazily from stored signatures
    r2 = add(s2, analysis("b" * 16, FLOOD.replace("Jumat", "Sabtu"), "2020-01-02"))
    assert r2["duplicate_of"] == "a" * 16 and r2["story_id"] == r1["story_id"]
