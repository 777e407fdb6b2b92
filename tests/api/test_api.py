"""Every endpoint of the JSON API and web UI (FastAPI TestClient)."""

from __future__ import annotations

import re

import pytest

from pantau_handmade import XSS_TEXT, XSS_TITLE

PAGES = ["/", "/search?q=banjir", "/stories", "/stories/banjir-kalsel-2024", "/entities", "/entities/{BNPB}",
         "/places", "/places/1650213", "/map", "/events", "/graph"]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)


@pytest.fixture(scope="module")
def key(client, ids):
    """Entity keys as the store has them (the linking stage may replace hand-made entity ids)."""
    keys = {}
    for i in ids:
        for e in client.get(f"/articles/{i}.json").json()["entities"]:
            keys.setdefault(e["canonical"], e.get("entity_id") or e["canonical"])
    return keys


def twin(path: str) -> str:
    base, _, query = path.partition("?")
    base = "/index" if base == "/" else base
    return base + ".json" + ("?" + query if query else "")


@pytest.mark.parametrize("path", PAGES)
def test_pages_and_their_json_twins(client, key, path):
    path = path.replace("{BNPB}", key["BNPB"])
    html = client.get(path)
    assert html.status_code == 200, html.text
    assert html.headers["content-type"].startswith("text/html")
    csp = html.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert not INLINE_SCRIPT.search(html.text), "inline <script> in page"
    assert " style=" not in html.text and "<style" not in html.text
    js = client.get(twin(path))
    assert js.status_code == 200 and js.headers["content-type"].startswith("application/json")
    accept = client.get(path, headers={"Accept": "application/json"})
    assert accept.status_code == 200 and accept.json() == js.json()


def test_article_page_highlights_facts_from_offsets(client, ids, key):
    r = client.get(f"/articles/{ids[0]}")
    assert r.status_code == 200
    body = r.text
    assert f'<a href="/entities/{key["BNPB"]}" class="hl hl-entity"' in body
    assert '<a href="/places/1650213" class="hl hl-place"' in body
    assert 'class="hl hl-quote"' in body and 'class="hl hl-count"' in body and 'class="hl hl-date"' in body
    assert ">3.400 warga mengungsi</span>" in body
    assert '<details id="removed">' in body and "Editor: Budi Santoso" in body
    assert '<details id="raw">' in body
    doc = client.get(f"/articles/{ids[0]}.json").json()
    assert doc["id"] == ids[0] and doc["places"][0]["lat"] == pytest.approx(-3.3186)
    assert "story_id" in doc and "duplicate_of" in doc
    raw = client.get(f"/api/articles/{ids[0]}/raw").json()
    assert raw["raw_text"].startswith("Banjarmasin (ANTARA)")


def test_sample_corpus_article_page(client):
    hits = client.get("/search.json?q=banjir").json()["results"]
    assert hits
    r = client.get(f"/articles/{hits[0]['id']}")
    assert r.status_code == 200 and 'class="hl hl-date"' in r.text


def test_unknown_things_are_404_in_html_and_json(client):
    for path in ["/articles/0000000000000000", "/entities/nobody-at-all", "/places/Atlantis", "/stories/nope",
                 "/api/articles/nope/raw", "/no/such/page"]:
        assert client.get(path).status_code == 404, path
    assert client.get("/articles/0000000000000000.json").json()["detail"].startswith("No article")
    assert "Not found" in client.get("/articles/0000000000000000").text


def test_search_full_text_and_filters(client, ids, key):
    def found(**params):
        return {h["id"] for h in client.get("/search.json", params=params).json()["results"]}

    assert ids[0] in found(q="mengungsi")
    assert found(entity=key["BNPB"]) >= {ids[0], ids[1]}
    assert found(entity="BNPB") >= {ids[0], ids[1]} and ids[2] not in found(entity="BNPB")
    assert ids[1] in found(entity=key["BNPB"], q="perahu") and ids[0] not in found(entity=key["BNPB"], q="perahu")
    assert {ids[0], ids[1]} <= found(place="Banjarmasin")
    assert ids[0] in found(place="1641897") and ids[1] not in found(place="1641897")
    assert ids[3] in found(country="SY") and ids[0] not in found(country="SY")
    assert ids[3] in found(event="CONSULT") and ids[3] in found(event="040") and ids[0] not in found(event="CONSULT")
    assert ids[3] in found(theme="ceasefire") and ids[0] not in found(theme="ceasefire")
    assert found(q="gempa", outlet="antara", since="2024-02-21", until="2024-02-21") >= {ids[2]}
    assert ids[2] not in found(q="gempa", since="2024-03-01")
    r = client.get("/search.json", params={"q": "banjir"}).json()
    assert r["results"][0]["snippet"] and "\ue000" not in r["results"][0]["snippet"]
    html = client.get("/search", params={"q": "banjir"}).text
    assert "<mark>" in html.lower()


def test_search_pagination(client):
    p1 = client.get("/search.json", params={"limit": 5}).json()
    p2 = client.get("/search.json", params={"limit": 5, "page": 2}).json()
    assert len(p1["results"]) == 5 and p1["has_more"]
    assert not {h["id"] for h in p1["results"]} & {h["id"] for h in p2["results"]}
    html = client.get("/search", params={"limit": 5, "q": ""}).text
    assert 'rel="next" href="/search?limit=5&amp;q=&amp;page=2"' in html


@pytest.mark.parametrize("q", ['"', "AND OR NOT", "NEAR(a b)", "title:banjir", "*", "a*b", "PBB: 200.000", "'; DROP TABLE articles;--",
                               "\x00", "banjir\x00gempa", "🙂", "ä" * 400, "((((", "-", "^", "{}", "%", "_", "\\"])
def test_search_any_input_gives_results_or_400(client, q):
    for path in ("/search", "/search.json"):
        r = client.get(path, params={"q": q, "entity": q[:100], "place": q[:100], "since": q[:10]})
        assert r.status_code in (200, 400), (q, r.status_code)


def test_bad_parameters_are_400_not_500(client):
    for path in ["/search?limit=0", "/search?limit=abc", "/search?page=-1", "/search.json?page=99999999999999999999",
                 "/search?q=" + "x" * 600, "/graph?limit=1", "/places/1650213?page=0",
                 "/search.json?since=2024-13-01", "/search?until=kemarin", "/stories.json?since=foo",
                 "/map.json?until=2024-02-30"]:
        r = client.get(path)
        assert r.status_code == 400, (path, r.status_code)
    assert client.get("/search.json?limit=0").json()["detail"]
    assert "not a date" in client.get("/map.json?since=03/01/2024").json()["detail"][0]["msg"]
    # a blank date field from the search form is no filter, not an error
    assert client.get("/search.json?q=&since=&until=").status_code == 200


def test_entity_page(client, ids, key):
    d = client.get(f"/entities/{key['BNPB']}.json").json()
    assert d["canonical"] == "BNPB" and d["label"] == "ORG"
    assert {v["text"] for v in d["variants"]} >= {"BNPB", "Badan Nasional Penanggulangan Bencana"}
    assert d["mentions"] >= 4 and d["articles_count"] >= 2
    # Most shared articles first (at most 20): BNPB's page lists the sample corpus's Banjarmasin
    # entities before the hand-made persons that share one article with it, so look from their side.
    co = d["co_occurring"]
    assert len(co) <= 20 and [c["articles"] for c in co] == sorted((c["articles"] for c in co), reverse=True)
    assert "Banjarmasin" in {c["canonical"] for c in co}
    assert key["BNPB"] in {c["key"] for c in client.get(f"/entities/{key['Abdul Muhari']}.json").json()["co_occurring"]}
    timeline = {t["date"]: t["mentions"] for t in d["timeline"]}
    assert timeline["2024-03-11"] >= 3 and timeline["2024-03-12"] >= 1
    assert key["BNPB"] in {e["source"] for e in d["graph"]["edges"]} | {e["target"] for e in d["graph"]["edges"]}
    html = client.get(f"/entities/{key['BNPB']}").text
    assert '<svg class="timeline"' in html and '<svg class="graph"' in html
    person = client.get(f"/entities/{key['Abdul Muhari']}.json").json()
    assert any(q["text"].startswith("Kami terus memantau") for q in person["quotes"])
    assert "Kami terus memantau" in client.get(f"/entities/{key['Abdul Muhari']}").text
    assert client.get(f"/entities/{key['Mevlut Cavusoglu']}.json").json()["mentions"] >= 2
    # By canonical name, any case (whatever id the linking stage gave it).
    lavrov = client.get("/entities/sergei lavrov.json").json()
    assert lavrov["canonical"] == "Sergei Lavrov" and ids[3] in {a["id"] for a in lavrov["articles"]}
    assert key["BNPB"] in {e["key"] for e in client.get("/entities.json").json()["entities"]}
    found = client.get("/entities.json", params={"label": "PER", "q": "cavusog"}).json()["entities"]
    assert "Mevlut Cavusoglu" in {e["canonical"] for e in found} and {e["label"] for e in found} == {"PER"}


def test_place_pages(client, ids):
    d = client.get("/places/1650213.json").json()
    assert d["name"] == "Banjarmasin" and d["country"] == "ID" and d["lat"] == pytest.approx(-3.3186, abs=0.05)
    assert {a["id"] for a in d["articles"]} >= {ids[0], ids[1]}
    assert {c["value"] for c in d["counts"]} >= {3400, 5000}
    assert {e["action"] for e in d["events"]} >= {"PROVIDE_AID", "APPEAL"}
    assert client.get("/places/Banjarmasin.json").json()["name"] == "Banjarmasin"
    html = client.get("/places/1650213").text
    assert 'id="map"' in html and "5.000" in html
    assert client.get("/places.json", params={"country": "ID"}).json()["places"]


def test_map_data(client):
    d = client.get("/map.json").json()
    by_name = {p["name"]: p for p in d["places"]}
    assert {"Banjarmasin", "Sigi", "Idlib", "Istanbul"} <= set(by_name)
    assert by_name["Banjarmasin"]["articles"] >= 2
    assert by_name["Banjarmasin"]["events"]["PROVIDE_AID"] >= 1 and by_name["Banjarmasin"]["events"]["APPEAL"] >= 1
    assert {p["country"] for p in client.get("/map.json", params={"country": "SY"}).json()["places"]} == {"SY"}
    assert {p["name"] for p in client.get("/map.json", params={"entity": "Dwikorita Karnawati"}).json()["places"]} >= {"Sigi", "Palu"}
    html = client.get("/map").text
    assert 'data-src="/map.json"' in html and "/static/vendor/leaflet/leaflet.js" in html


def test_events_and_graph(client):
    d = client.get("/events.json").json()
    assert {e["action"] for e in d["events"]} >= {"CONSULT", "APPEAL", "PROVIDE_AID"}
    assert {e["action"] for e in client.get("/events.json", params={"action": "appeal"}).json()["events"]} == {"APPEAL"}
    assert "Istanbul" in {e["place"] for e in client.get("/events.json", params={"actor": "Turki"}).json()["events"]}
    g = client.get("/graph.json").json()
    keys = {n["key"] for n in g["nodes"]}
    assert len(keys) >= 2 and g["edges"]
    assert all(e["source"] in keys and e["target"] in keys and e["weight"] >= 1 for e in g["edges"])
    assert '<svg class="graph"' in client.get("/graph").text


def test_story_page_with_claims_ledger(client, ids):
    d = client.get("/stories/banjir-kalsel-2024.json").json()
    assert d["story"]["articles"] == ids[:2]
    html = client.get("/stories/banjir-kalsel-2024").text
    assert 'id="claims-ledger"' in html and 'class="status status-conflict"' in html
    assert 'class="value low"' in html and 'class="value high"' in html and "more than" in html
    assert '<svg class="timeline"' in html and "BNPB mencatat 3.400 warga" in html
    home = client.get("/index.json").json()
    assert home["stories_available"] and home["stories"][0]["id"] == "banjir-kalsel-2024"
    assert "Banjir Kalimantan Selatan" in client.get("/").text
    assert client.get("/stories.json").json()["stories"][0]["id"] == "banjir-kalsel-2024"


def test_without_stories_pages_say_so(client_no_stories):
    c = client_no_stories
    home = c.get("/")
    assert home.status_code == 200 and "Story clustering is not available yet" in home.text
    assert c.get("/index.json").json()["stories_available"] is False
    assert "not available yet" in c.get("/stories").text
    r = c.get("/stories/anything")
    assert r.status_code == 404 and "not available yet" in r.text
    assert c.get("/stories.json").json() == {"available": False, "notice": c.get("/index.json").json()["notice"],
                                              "stories": [], "page": 1, "has_more": False}


def test_xss_payloads_render_inert(client, ids):
    xss = ids[4]
    for path in [f"/articles/{xss}", "/search?q=posko", "/", "/entities", "/places", "/map",
                 "/entities/" + "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"]:
        r = client.get(path)
        assert r.status_code in (200, 404), path
        low = r.text.lower()
        assert "<script>alert" not in low and "<script>document" not in low, path
        assert "<img src=x" not in low and "<b>posko</b>" not in low, path
        assert 'href="javascript:' not in low, path
        assert not INLINE_SCRIPT.search(r.text), path
    page = client.get(f"/articles/{xss}").text
    assert "&lt;script&gt;alert(&#39;judul&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_openapi_documents_everything(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in ["/", "/index.json", "/search", "/search.json", "/articles/{article_id}", "/articles/{article_id}.json",
              "/stories/{story_id}", "/stories/{story_id}.json", "/entities/{key}", "/places/{key}", "/map",
              "/map.json", "/events", "/graph", "/api/ingest", "/api/stats"]:
        assert p in paths, p
    docs = client.get("/api")
    assert docs.status_code == 200 and "/api/ingest" in docs.text
    assert client.get("/api/stats").json()["articles"] >= 42
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/vendor/world-atlas/countries-50m.json").json()["type"] == "Topology"


def test_ingest_needs_a_configured_token(client):
    r = client.post("/api/ingest", json={"text": "Banjir lagi."})
    assert r.status_code == 403 and "disabled" in r.json()["detail"]


def test_ingest_with_token(demo_store, monkeypatch):
    from fastapi.testclient import TestClient

    from pantau.api import create_app

    monkeypatch.setenv("PANTAU_TOKEN", "s3cret-token")
    c = TestClient(create_app(str(demo_store[0]), stories_provider=object()))
    body = {"title": XSS_TITLE + " via API", "text": "Jakarta (ANTARA) - " + XSS_TEXT + " Banjir surut pada Selasa.",
            "url": "javascript:alert(3)", "published": "2024-03-20", "outlet": "ANTARA"}
    assert c.post("/api/ingest", json=body).status_code == 401
    assert c.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.post("/api/ingest", json=body, headers={"Authorization": "Basic s3cret-token"}).status_code == 401
    auth = {"Authorization": "Bearer s3cret-token"}
    r = c.post("/api/ingest", json=body, headers=auth)
    assert r.status_code == 200, r.text
    new_id = r.json()["stored"][0]
    again = c.post("/api/ingest", json=[body, {"text": "Teks kedua tentang gempa.", "published": "bukan tanggal"}],
                   headers=auth).json()
    assert again["existing"] == [new_id] and again["errors"][0]["index"] == 1
    empty = c.post("/api/ingest", json={"text": ""}, headers=auth)
    assert empty.status_code == 422 and empty.json()["errors"][0]["error"].startswith("text:")
    assert c.post("/api/ingest", json="Banjir surut.", headers=auth).status_code == 400
    assert c.post("/api/ingest", content=b"{not json", headers={**auth, "Content-Type": "application/json"}).status_code == 400
    page = c.get(f"/articles/{new_id}")
    assert page.status_code == 200
    low = page.text.lower()
    assert "<script>alert" not in low and "<img src=x" not in low and 'href="javascript:' not in low
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.text
    assert c.get(f"/articles/{new_id}.json").json()["published"] == "2024-03-20"


def test_ingest_batch_stores_the_good_articles_and_names_the_bad(demo_store, monkeypatch):
    from fastapi.testclient import TestClient

    from pantau.api import create_app

    monkeypatch.setenv("PANTAU_TOKEN", "t0ken")
    c = TestClient(create_app(str(demo_store[0]), stories_provider=object()))
    good = {"text": "Palu (ANTARA) - Warga Kelurahan Talise membersihkan pantai dari sampah plastik pada Minggu.",
            "published": "2024-05-12"}
    batch = [{"text": ""}, good, "bukan objek", {"text": "Banjir.", "published": "2024-02-30"},
             {"text": "Ambon - " + "kata " * 250_000}, {"text": "x"}]
    r = c.post("/api/ingest", json=batch, headers={"Authorization": "Bearer t0ken"})
    assert r.status_code == 422
    body = r.json()
    assert len(body["stored"]) == 2  # the Palu article and the one-word "x" (no story terms: it used to be a 500)
    assert [e["index"] for e in body["errors"]] == [0, 2, 3, 4]
    assert "too large" in body["errors"][3]["error"] and "published" in body["errors"][2]["error"]
    assert c.get(f"/articles/{body['stored'][0]}.json").json()["published"] == "2024-05-12"


def test_pantau_serve_cli(demo_store, tmp_path):
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PANTAU_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-c", "from pantau.cli import main; main()", "serve", "--db", str(demo_store[0]), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/search.json?q=banjir", timeout=2) as r:
                    assert r.status == 200 and b"results" in r.read()
                    break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
    finally:
        proc.terminate()
        out = proc.communicate(timeout=10)[0].decode()
    assert f"http://127.0.0.1:{port}/" in out


def test_real_stories_stage_when_installed(demo_store):
    """With the stories stage present, the home page lists its stories and each story page renders."""
    pytest.importorskip("pantau.stories")
    import pantau.stories as st
    from fastapi.testclient import TestClient

    from pantau.api import create_app

    if not (callable(getattr(st, "list_stories", None)) and callable(getattr(st, "get_story", None))):
        pytest.skip("pantau.stories has no list_stories/get_story yet")
    c = TestClient(create_app(str(demo_store[0]), token=""))
    home = c.get("/index.json").json()
    assert home["stories_available"] and home["stories"]
    assert "not available yet" not in c.get("/").text
    for s in home["stories"][:3]:
        page = c.get(f"/stories/{s['id']}")
        assert page.status_code == 200 and 'id="story-timeline"' in page.text
        assert c.get(f"/stories/{s['id']}.json").json()["story"]["id"] == s["id"]
    assert c.get("/stories.json", params={"page": 2, "limit": 2}).status_code == 200


def test_map_date_window_splits_articles(client, demo_store):
    import sqlite3

    with sqlite3.connect(demo_store[0]) as db:
        dates = sorted({r[0] for r in db.execute("SELECT published FROM articles WHERE published IS NOT NULL")})
    assert len(dates) >= 2
    k = len(dates) // 2
    counts = [{p["key"]: p["articles"] for p in client.get("/map.json", params=q).json()["places"]}
              for q in ({"since": dates[0]}, {"since": dates[k]}, {"until": dates[k - 1]})]
    dated, later, earlier = counts
    assert later and earlier
    for key, n in dated.items():
        assert later.get(key, 0) + earlier.get(key, 0) == n


def test_a_speaker_links_to_an_entity_page_only_where_there_is_one(tmp_path):
    from fastapi.testclient import TestClient

    import pantau.link.store  # noqa: F401
    from pantau.api import create_app
    from pantau.process import process_document
    from pantau.store import Store
    from pantau.types import RawDocument

    text = ("Ribuan warga turun ke jalan di Jakarta pada Minggu. Polisi mengatakan 149 orang telah ditangkap. "
            "Kepala BNPB Suharyanto mengatakan bantuan sudah dikirim.")
    raw = RawDocument(text, "speakers.txt", "text")
    article, analysis = process_document(raw, published="2024-03-10")
    assert {q["speaker"] for q in analysis.quotes} >= {"Polisi", "Suharyanto"}
    Store(tmp_path / "s.db").add(analysis, raw, offset_map=article.offset_map.to_dict())
    body = TestClient(create_app(str(tmp_path / "s.db"), token="")).get(f"/articles/{analysis.id}").text
    assert '<a href="/entities/Suharyanto">Suharyanto</a>' in body
    assert "/entities/Polisi" not in body and "— Polisi" in body  # a generic speaker: no page to link to
