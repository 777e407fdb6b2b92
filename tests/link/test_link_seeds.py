"""The linking stage on the two seed articles (../shared/seeds)."""

from __future__ import annotations

import math

import pytest

from pantau.types import RawDocument

PUBLISHED = {"000": "2018-09-14", "001": "2019-05-31"}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


_CACHE: dict = {}


@pytest.fixture
def seeds(seeds_dir, tmp_path_factory):
    if "seeds" not in _CACHE:
        _CACHE["seeds"] = _ingest(seeds_dir, tmp_path_factory)
    return _CACHE["seeds"]


def _ingest(seeds_dir, tmp_path_factory):
    from pantau.process import process_document
    from pantau.store import Store
    import pantau.link.store  # noqa: F401  (entity tables and hooks)

    store = Store(tmp_path_factory.mktemp("seeds") / "seeds.db")
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        key = path.name[:3]
        raw = RawDocument(path.read_text(encoding="utf-8"), str(path), "text")
        article, analysis = process_document(raw, published=PUBLISHED[key])
        store.add(analysis, raw, offset_map=article.offset_map.to_dict())
        out[key] = analysis
    return out, store


def test_one_entity_id_per_leader_across_seeds(seeds):
    analyses, store = seeds
    for surname in ("Erdogan", "Putin"):
        ids, n = set(), 0
        for doc in store.iter_documents():
            for e in doc["entities"]:
                if surname in e["text"] and e["label"] == "PER":
                    ids.add(e["entity_id"])
                    n += 1
        assert n >= 3, surname
        assert len(ids) == 1 and None not in ids, (surname, ids)


def test_places(seeds):
    analyses, _ = seeds
    places = [p for a in analyses.values() for p in a.places]
    by = {}
    for p in places:
        by.setdefault(p["name"], p)
    idlib = by["Idlib"]
    assert idlib["country"] == "SY" and km(idlib["lat"], idlib["lon"], 35.93, 36.63) <= 50
    for name, cc in {"Istanbul": "TR", "Ankara": "TR", "Moskow": "RU", "Teheran": "IR", "Damaskus": "SY",
                     "Pakistan": "PK"}.items():
        assert by[name]["country"] == cc, name
    bab = by["Bab al-Hawa"]
    assert km(bab["lat"], bab["lon"], 36.23, 36.67) <= 50


def _has(events, action, actor, target=None):
    return any(e["action"] == action and (e["actor"] or "").startswith(actor)
               and (target is None or (e["target"] or "").startswith(target))
               and e["quad_class"] in (1, 2, 3, 4) and isinstance(e["goldstein"], float) for e in events)


def test_events(seeds):
    analyses, _ = seeds
    events = [e for a in analyses.values() for e in a.events]
    assert _has(events, "CONSULT", "TUR", "RUS")
    assert _has(events, "ACCUSE", "RUS", "TUR")
    assert _has(events, "PROTEST", "REF")
    assert _has(events, "SUPPORT", "RUS", "SYRGOV")
    assert all(e["date"] for e in events)


def test_tone_and_themes(seeds):
    analyses, _ = seeds
    for a in analyses.values():
        assert a.tone["tone"] < 0 and a.tone["word_count"] > 100
        themes = {t["theme"] for t in a.themes}
        assert "CEASEFIRE" in themes and themes & {"REFUGEES", "DISPLACEMENT"}
