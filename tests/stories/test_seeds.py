"""The stories stage on the two seed articles, through the full pipeline and the store."""

from __future__ import annotations

import pantau
import pantau.stories  # noqa: F401  (hooks and tables)
from pantau.stories import get_story


def _seed(seeds_dir, prefix):
    return next(seeds_dir.glob(f"{prefix}_*.txt"))


def test_seed_001_ledger_flags_pbb_vs_uossm(seeds_dir, tmp_path):
    store = pantau.Store(tmp_path / "s.db")
    report = store.ingest([_seed(seeds_dir, "001")], published="2019-05-31")
    doc = store.get(report.stored[0])
    story = get_story(store, doc["story_id"])
    text = doc["text"]
    fled = [g for g in story["claims"]
            if {"PBB", "UOSSM"} <= {c["source"] for c in g["claims"]}]
    assert fled, story["claims"]
    group = fled[0]
    assert group["status"] == "conflict" and group["kind"] == "displaced"
    by_source = {c["source"]: c for c in group["claims"]}
    assert by_source["PBB"]["value"] == 200000 and by_source["UOSSM"]["value"] == 300000
    for c in group["claims"]:
        assert c["article_id"] == doc["id"]
        assert text[c["start"]:c["end"]].startswith("lebih dari")


def test_seeds_a_year_apart_are_related_stories(seeds_dir, tmp_path):
    store = pantau.Store(tmp_path / "s.db")
    r0 = store.ingest([_seed(seeds_dir, "000")], published="2018-09-14")
    r1 = store.ingest([_seed(seeds_dir, "001")], published="2019-05-31")
    s0 = store.get(r0.stored[0])["story_id"]
    s1 = store.get(r1.stored[0])["story_id"]
    assert s0 and s1 and s0 != s1
    assert s0 in get_story(store, s1)["related"]
    assert s1 in get_story(store, s0)["related"]
