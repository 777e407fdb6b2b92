"""GKG 2.1 and Events 2.0 exports load with pandas under GDELT's published column lists."""

from __future__ import annotations

import io

import pytest

from pantau.types import RawDocument

TEXT = ("Jakarta (ANTARA) - Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor. "
        "Kedua pemimpin membahas perbatasan dan pengungsi. Malaysia mengecam serangan terhadap warga sipil.")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from pantau.process import process_document
    from pantau.store import Store
    import pantau.link.store  # noqa: F401

    s = Store(tmp_path_factory.mktemp("exp") / "x.db")
    raw = RawDocument(TEXT, "test.txt", "text")
    article, analysis = process_document(raw, published="2023-05-10")
    s.add(analysis, raw, offset_map=article.offset_map.to_dict())
    return s


def test_gkg_loads(store):
    pd = pytest.importorskip("pandas")
    from pantau.export.gdelt_common import GKG_COLUMNS
    from pantau.export.gkg import write_gkg

    buf = io.StringIO()
    assert write_gkg(store, buf) == 1
    df = pd.read_csv(io.StringIO(buf.getvalue()), sep="\t", header=None, names=GKG_COLUMNS, quoting=3, dtype=str)
    assert df.shape == (1, 27)
    assert len(buf.getvalue().rstrip("\n").split("\t")) == 27
    assert "MY" in df["V1LOCATIONS"][0] and df["V1.5TONE"][0].count(",") == 6


def test_events_loads(store):
    pd = pytest.importorskip("pandas")
    from pantau.export.events import write_events
    from pantau.export.gdelt_common import EVENT_COLUMNS

    buf = io.StringIO()
    n = write_events(store, buf)
    assert n >= 1
    df = pd.read_csv(io.StringIO(buf.getvalue()), sep="\t", header=None, names=EVENT_COLUMNS, quoting=3, dtype=str)
    assert df.shape == (n, 61)
    assert all(len(line.split("\t")) == 61 for line in buf.getvalue().splitlines())
    assert set(df["QuadClass"]) <= {"1", "2", "3", "4"}


def test_graphml(store):
    import networkx as nx
    from pantau.export.graphml import write_graphml

    buf = io.StringIO()
    assert write_graphml(store, buf) >= 2
    g = nx.read_graphml(io.StringIO(buf.getvalue()))
    assert g.number_of_edges() >= 1


def test_gkg_dates_counts_and_an_unknown_date_follow_the_codebook():
    from pantau.export.gkg import gkg_row

    sigi = {"name": "Sigi", "start": 40, "end": 44, "country": "ID", "admin1": "Sulawesi Tengah", "lat": -1.3,
            "lon": 120.0, "feature": "admin2", "geonames_id": None}
    doc = {"id": "x", "published": None, "places": [sigi, dict(sigi, start=90, end=94)],
           "counts": [{"value": 9, "kind": "killed", "unit": "people", "start": 80, "end": 88, "place": "Sigi"},
                      {"value": 2, "kind": "missing", "unit": "people", "start": 10, "end": 18, "place": None}],
           "dates": [{"value": "2024-02-19", "start": 5}, {"value": "2024-02", "start": 7},
                     {"value": "2018", "start": 9}]}
    row = gkg_row(doc, 0)
    assert row[0] == "00000000000000-0" and row[1] == "0"  # V2.1DATE: 0 when unknown
    # resolution 3: day with year, 2: month with year, 1: year alone
    assert row[16] == "3#2#19#2024#5;2#2#0#2024#7;1#0#0#2018#9"
    killed, missing = row[5].split(";")
    # CountType#Count#ObjectType#LocationType#FullName#Country#ADM1#Lat#Long#FeatureID
    assert killed == "KILL#9#people#4#Sigi, Sulawesi Tengah, ID#ID#ID21#-1.3#120.0#Sigi"
    assert missing == "MISSING#2#people#######" and missing.count("#") == 9
    assert row[6].split(";")[0] == killed + "#80"


def test_locations_carry_the_adm1_code_and_us_places_their_own_types():
    from pantau.export.gdelt_common import loc_fields

    def where(name, feature, cc, admin1):
        lf = loc_fields({"name": name, "feature": feature, "country": cc, "admin1": admin1, "lat": 0, "lon": 0})
        return lf["type"], lf["country"], lf["adm1"]

    assert where("Bogor", "city", "ID", "Jawa Barat") == (4, "ID", "ID30")
    assert where("Merauke", "city", "ID", "Papua Selatan") == (4, "ID", "IDPS")
    assert where("Jawa Barat", "admin1", "ID", "Jawa Barat") == (5, "ID", "ID30")
    assert where("Kota Kinabalu", "city", "MY", "Sabah") == (4, "MY", "MY16")
    assert where("New York City", "city", "US", "New York") == (3, "US", "USNY")
    assert where("Texas", "admin1", "US", "Texas") == (2, "US", "USTX")
    assert where("Myanmar", "country", "MM", None) == (1, "BM", "BM")  # FIPS country code alone
