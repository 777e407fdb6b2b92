"""The web UI in a real browser (Debian chromium via Playwright): home, search, article, story,
map markers, timeline, entity; screenshots under tests/artifacts/."""

from __future__ import annotations

from pantau_handmade import XSS_TITLE


def shot(page, artifacts, name, full=True):
    path = artifacts / f"web-{name}.png"
    page.screenshot(path=str(path), full_page=full)
    assert path.stat().st_size > 10_000
    return path


def test_home_search_article_entity(page, server, artifacts):
    page.goto("/")
    assert page.locator("h1").first.inner_text() == "Latest stories"
    assert page.locator("ol.articles li").count() >= 10
    shot(page, artifacts, "home", full=False)

    page.fill("header input[name=q]", "banjir")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=banjir")
    results = page.locator("ol.articles li a.title")
    assert results.count() >= 3
    assert page.locator("ol.articles mark").count() >= 1
    shot(page, artifacts, "search", full=False)

    # Filters: the hand-made flood articles by entity and outlet.
    page.goto("/search?q=perahu&entity=BNPB&outlet=Kompas")
    assert "Pemprov Kalsel" in page.locator("ol.articles").inner_text()

    page.goto(f"/articles/{server['ids'][0]}")
    body = page.locator("#article-body")
    assert body.locator("a.hl-entity").count() >= 3
    assert body.locator("a.hl-place").count() == 2
    assert body.locator(".hl-count").inner_text() == "3.400 warga mengungsi"
    assert body.locator(".hl-quote").count() == 1
    assert not page.locator("#removed table").first.is_visible()
    page.click("#removed summary")
    assert page.locator("#removed table").first.is_visible()
    assert "Editor: Budi Santoso" in page.locator("#removed").inner_text()
    shot(page, artifacts, "article")

    body.locator("a.hl-entity", has_text="Abdul Muhari").first.click()
    page.wait_for_url("**/entities/**")
    assert page.locator("h1").inner_text().startswith("Abdul Muhari")
    assert page.locator("#entity-timeline svg rect").count() >= 1
    assert page.locator("#entity-graph svg circle").count() >= 2
    assert "Kami terus memantau" in page.locator("#entity-quotes").inner_text()
    page.locator("#entity-graph a.node", has_text="BNPB").first.click()
    page.wait_for_function("document.querySelector('h1').textContent.startsWith('BNPB')")
    assert page.locator("table.facts td", has_text="Badan Nasional Penanggulangan Bencana").count() == 1
    shot(page, artifacts, "entity")
    assert page.problems == [], page.problems


def test_story_page_timeline_and_claims_ledger(page, server, artifacts):
    page.goto("/")
    page.locator("ol.stories a.title", has_text="Banjir Kalimantan Selatan").click()
    page.wait_for_url("**/stories/banjir-kalsel-2024")
    assert page.locator("#story-summary li").count() == 2
    bars = page.locator("#story-timeline svg rect")
    assert bars.count() >= 4
    ledger = page.locator("#claims-ledger")
    assert ledger.locator("span.status-conflict").first.inner_text().strip().lower() == "conflict"
    assert ledger.locator("td.value.low").inner_text().strip() == "3.400"
    assert ledger.locator("td.value.high").inner_text().strip() == "more than 5.000"
    shot(page, artifacts, "story")
    if server["real_stories"]:  # a story the stories stage made from the sample corpus
        page.goto("/stories")
        links = page.locator("ol.stories a.title")
        assert links.count() >= 2
        links.nth(1).click()
        page.wait_for_selector("#story-timeline")
        assert page.locator("h2", has_text="Claims ledger").count() == 1
        shot(page, artifacts, "story-real")
    assert page.problems == [], page.problems


def test_map_shows_markers(page, server, artifacts):
    page.goto("/map")
    page.wait_for_selector("#map[data-state=ready]")
    n = int(page.get_attribute("#map", "data-markers"))
    assert n >= 6
    assert page.locator("path.pantau-marker").count() == n
    assert page.locator("path.leaflet-interactive").count() >= n
    page.wait_for_timeout(300)
    shot(page, artifacts, "map", full=False)
    page.locator("path.pantau-marker").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "article(s)" in popup.inner_text()
    popup.locator("a.popup-title").click()
    page.wait_for_url("**/places/**")
    page.wait_for_selector("#map[data-state=ready]")
    assert page.locator("h1").inner_text()
    assert page.problems == [], page.problems


def test_xss_payloads_are_inert_in_the_browser(page, server, artifacts):
    page.goto(f"/articles/{server['ids'][4]}")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.locator("#article-body img").count() == 0
    assert page.locator("#article-body script").count() == 0
    assert "<img src=x onerror=alert(1)>" in page.locator("#article-body").inner_text()
    assert "pwned" not in page.title()
    page.goto("/map")
    page.wait_for_selector("#map[data-state=ready]")
    assert page.locator("#map b").count() == 0
    shot(page, artifacts, "xss", full=False)
    assert page.problems == [], page.problems
