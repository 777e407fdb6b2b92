"""Claims ledger logic on hand-made count dicts (the shape of Analysis ``counts``)."""

from pantau.stories.claims import agree, ledger


def claim(value, text, qualifier, source, published="2019-05-31", article="a1", start=0, kind="displaced",
          place="Idlib", outlet="ANTARA"):
    return {"value": value, "text": text, "qualifier": qualifier, "kind": kind, "unit": "people", "place": place,
            "source": source, "outlet": outlet, "published": published, "article_id": article,
            "start": start, "end": start + len(text)}


def test_two_sources_in_one_article_disagree_is_conflict():
    groups = ledger([claim(200000, "lebih dari 200.000", "more_than", "PBB", start=10),
                     claim(300000, "lebih dari 300.000", "more_than", "UOSSM", start=120)])
    assert len(groups) == 1
    g = groups[0]
    assert g["status"] == "conflict" and g["kind"] == "displaced" and g["place"] == "Idlib"
    assert {c["source"] for c in g["claims"]} == {"PBB", "UOSSM"}
    assert all(c["start"] is not None and c["end"] > c["start"] for c in g["claims"])


def test_same_source_later_figure_is_update():
    groups = ledger([claim(162, "162 orang", "exact", "BNPB", "2022-11-21", kind="killed", place="Cianjur"),
                     claim(268, "268 orang", "exact", "BNPB", "2022-11-22", "a2", kind="killed", place="Cianjur"),
                     claim(310, "310 orang", "exact", "BNPB", "2022-11-25", "a3", kind="killed", place="Cianjur")])
    assert [g["status"] for g in groups] == ["update"]
    assert groups[0]["window"] == ["2022-11-21", "2022-11-25"]


def test_agree_single_and_vague():
    assert ledger([claim(53, "53 orang", "exact", "TNI AL", kind="other")])[0]["status"] == "single"
    groups = ledger([claim(31232, "31.232 orang", "exact", "BPBD", article="a1"),
                     claim(31000, "sekitar 31.000 orang", "about", "Dinsos", article="a2")])
    assert groups[0]["status"] == "agree"
    assert agree({"value": 1000, "qualifier": "at_least", "text": "ribuan orang"},
                 {"value": 103000, "qualifier": "about", "text": "sekitar 103.000"}) is False
    assert agree({"value": 10000, "qualifier": "at_least", "text": "puluhan ribu warga"},
                 {"value": 39277, "qualifier": "exact", "text": "39.277 orang"})


def test_groups_split_by_kind_place_and_time():
    cs = [claim(200000, "lebih dari 200.000", "more_than", "PBB"),
          claim(30, "30 orang", "exact", "BNPB", kind="killed", place="Jakarta"),
          claim(2, "2 orang", "exact", "BNPB", "2019-09-30", kind="killed", place="Jakarta")]
    keys = sorted((g["kind"], g["place"], g["window"][0]) for g in ledger(cs))
    assert keys == [("displaced", "Idlib", "2019-05-31"), ("killed", "Jakarta", "2019-05-31"),
                    ("killed", "Jakarta", "2019-09-30")]


def test_placeless_claim_joins_the_only_placed_group():
    groups = ledger([claim(200000, "lebih dari 200.000", "more_than", "PBB"),
                     claim(300000, "lebih dari 300.000", "more_than", "UOSSM", place=None)])
    assert len(groups) == 1 and groups[0]["status"] == "conflict"


def test_different_sources_far_apart_are_not_a_conflict():
    groups = ledger([claim(125, "125 orang", "exact", "Polda Jatim", "2022-10-02", kind="killed"),
                     claim(135, "135 orang", "exact", "Polri", "2022-10-10", "a2", kind="killed")])
    assert groups[0]["status"] == "update"
