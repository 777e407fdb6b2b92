"""Provenance everywhere: every offset in every Analysis of the sample corpus points at its surface."""

from pantau.ingest import read_paths
from pantau.process import process_document

SURFACE_KEYS = ("text", "fixed", "name")  # the surface string of a fact, by field


def _check(analysis, article):
    d = analysis.to_dict()
    text, raw = d["text"], article.raw_text
    checked = 0
    for field, value in d.items():
        if not isinstance(value, list):
            continue
        for fact in value:
            if not isinstance(fact, dict) or "start" not in fact or fact["start"] is None:
                continue
            assert 0 <= fact["start"] <= fact["end"] <= len(text), (field, fact)
            surface = next((fact[k] for k in SURFACE_KEYS if k in fact and field != "sentences"), None)
            if surface is not None and field != "removed":
                assert text[fact["start"]:fact["end"]] == surface, (field, fact)
            if "raw_start" in fact:
                assert raw[fact["raw_start"]:fact["raw_end"]] == fact.get("raw", raw[fact["raw_start"]:fact["raw_end"]])
            # Every clean span maps back into the raw text.
            rs, re_ = article.offset_map.to_raw(fact["start"], fact["end"])
            assert 0 <= rs <= re_ <= len(raw)
            checked += 1
    for s in d["sentences"]:
        rs, re_ = article.offset_map.to_raw(s["start"], s["end"])
        # Sentences contain no repairs here only if the raw span equals the clean one.
        if not any(r["start"] < s["end"] and r["end"] > s["start"] for r in d["repairs"]):
            assert raw[rs:re_] == text[s["start"]:s["end"]]
    return checked


def test_sample_corpus_offsets(sample_corpus):
    n = 0
    for raw in read_paths([sample_corpus]):
        article, analysis = process_document(raw)
        n += _check(analysis, article)
    assert n > 0
