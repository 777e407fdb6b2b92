"""Linking components on short texts written for Pantau."""

from __future__ import annotations

from pantau.link.events import goldstein, quad_class
from pantau.link.gazetteer import gazetteer
from pantau.link.tone import compute_tone
from pantau.process import pipeline


def test_gazetteer_indonesian_provinces_and_exonyms():
    g = gazetteer()
    for short, prov in {"Kalsel": "Kalimantan Selatan", "Sulteng": "Sulawesi Tengah", "Jabar": "Jawa Barat",
                        "DKI": "DKI Jakarta"}.items():
        assert any(p.feature == "admin1" and p.admin1 == prov for p in g.lookup(short)), short
    assert g.lookup("Suriah")[0].country == "SY"
    assert g.lookup("Tiongkok")[0].country == "CN"
    assert any(p.country == "ID" for p in g.lookup("Labuha"))


def test_goldstein_and_quadclass():
    assert quad_class("040") == 1 and quad_class("073") == 2 and quad_class("112") == 3 and quad_class("190") == 4
    assert goldstein("140") < 0 < goldstein("040")


def test_tone_sign():
    assert compute_tone("serangan itu menewaskan warga dan memicu krisis".split())["tone"] < 0
    assert compute_tone("kedua negara sepakat menjaga perdamaian".split())["tone"] > 0


def test_geo_context_and_events():
    nlp = pipeline()
    doc = nlp.make_doc("Banjir melanda Jayapura, Papua. Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo.")
    doc._.published = "2023-01-02"
    for _n, proc in nlp.pipeline:
        doc = proc(doc)
    jay = next(p for p in doc._.places if p["name"] == "Jayapura")
    assert jay["admin1"] == "Papua" and jay["lat"] < -2
    assert any(e["action"] == "CONSULT" and e["actor"].startswith("IDN") for e in doc._.events)
    assert any(t["theme"].startswith("NATURAL_DISASTER") for t in doc._.themes)
