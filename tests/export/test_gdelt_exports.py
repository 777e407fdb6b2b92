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
