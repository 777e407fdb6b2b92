"""The two seed articles: quotes with speakers, typed counts and resolved dates (issue acceptance)."""

from __future__ import annotations

import pytest

from pantau.process import analyze_document
from pantau.types import RawDocument


def _analyze(seeds_dir, prefix: str, published: str):
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    return analyze_document(RawDocument(path.read_text(encoding="utf-8"), str(path), "text"), published=published)


def _quote(a, start: str):
    qs = [q for q in a.quotes if q["text"].lstrip("“\"…").startswith(start)]
    assert qs, f"no quote beginning {start!r}: {[q['text'][:40] for q in a.quotes]}"
    return qs


def _offsets_ok(a):
    for field in (a.quotes, a.counts, a.dates):
        for f in field:
            assert a.text[f["start"]:f["end"]] == f["text"]
    for q in a.quotes:
        if q["speaker_start"] is not None:
            assert 0 <= q["speaker_start"] < q["speaker_end"] <= len(a.text)


@pytest.fixture
def seed0(seeds_dir):
    return _analyze(seeds_dir, "000", "2018-09-14")


@pytest.fixture
def seed1(seeds_dir):
    return _analyze(seeds_dir, "001", "2019-05-31")


def test_seed0_quotes(seed0):
    kami = _quote(seed0, "Kami")
    assert len(kami) == 2
    for q in kami:
        assert q["direct"] and "Mevlut Cavusoglu" in q["speaker"]
    (harapan,) = _quote(seed0, "Harapan kami")
    assert "Ibrahim Kalin" in harapan["speaker"]
    assert harapan["direct"]
    _offsets_ok(seed0)


def test_seed0_counts(seed0):
    by_value = {c["value"]: c for c in seed0.counts}
    c3 = by_value[3_000_000]
    assert c3["kind"] == "population" and c3["place"] == "Idlib"
    c35 = by_value[3_500_000]
    assert c35["kind"] in ("sheltered", "refugees")


def test_seed0_dates(seed0):
    by_text = {d["text"]: d for d in seed0.dates}
    assert by_text["Jumat"]["value"] == "2018-09-14" and by_text["Jumat"]["granularity"] == "day"
    assert by_text["Senin"]["value"] == "2018-09-17"


def test_seed1_quotes(seed1):
    for start in ("Kami benar-benar", "Itu adalah tanggung jawab pihak Turki", "tren yang sangat berbahaya"):
        for q in _quote(seed1, start):
            assert "Dmitry Peskov" in q["speaker"] or q["speaker"] == "Peskov", q
    for q in _quote(seed1, "Kamp-kamp"):
        assert "Mohanned Othman" in q["speaker"]
        assert "Jadi, ada hampir 200.000" in q["text"]  # the quote spans two sentences
    _offsets_ok(seed1)


def test_seed1_counts(seed1):
    def find(value, qualifier):
        cs = [c for c in seed1.counts if c["value"] == value and c["qualifier"] == qualifier]
        assert cs, f"no count {value} {qualifier}: {seed1.counts}"
        return cs[0]

    c = find(200_000, "more_than")
    assert c["kind"] == "displaced" and c["source"] == "PBB"
    c = find(300_000, "more_than")
    assert c["kind"] == "displaced" and "UOSSM" in c["source"]
    c = find(103_000, "about")
    assert c["kind"] == "sheltered"
    find(200_000, "almost")


def test_seed1_dates(seed1):
    (april,) = [d for d in seed1.dates if d["text"].endswith("akhir April")]
    assert april["value"] == "2019-04" and april["granularity"] == "month" and april["part"] == "end"
