"""End to end: `eventwire serve` on a temporary database, the page in headless Chromium.

Uses Debian's /usr/bin/chromium through Playwright (never `playwright install`); skipped only
when that binary is absent.  Screenshots go to $EVENTWIRE_ARTIFACTS or tests/artifacts/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.web import SETUP_HINT, vendor_missing
from tests.api import live
from tests.api import sample_data as sd

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"]
ARTIFACTS = Path(os.environ.get("EVENTWIRE_ARTIFACTS") or Path(__file__).resolve().parents[1] / "artifacts")

# Markers the map represents: single markers plus the counts written on cluster icons.
REPRESENTED = """() => {
  const singles = document.querySelectorAll('#map .ew-marker').length;
  const clustered = [...document.querySelectorAll('#map .marker-cluster span')]
    .reduce((n, s) => n + parseInt(s.textContent, 10), 0);
  return singles + clustered;
}"""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (make test / scripts/setup-web.sh do)")
    if vendor_missing():
        pytest.fail(f"the page's front-end files are missing ({vendor_missing()[0]}): {SETUP_HINT}")
    tmp = tmp_path_factory.mktemp("web")
    db = str(tmp / "events.db")
    sd.build(db).close()
    with live.running_server(db, log=tmp / "serve.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


class Watched:
    """A page plus everything suspicious it did: dialogs, script errors, requests off the server."""

    def __init__(self, browser, base_url):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.route("**/*", lambda route: self._route(route, base_url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route, base_url: str) -> None:
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def open(self, url: str) -> None:
        self.page.goto(url)
        self.wait_ready()

    def wait_ready(self) -> None:
        self.page.wait_for_selector("#status[data-state='ready']", timeout=15_000)

    def total(self) -> int:
        return int(self.page.get_attribute("#status", "data-total"))

    def wait_represented(self, expected: int) -> None:
        self.page.wait_for_function(f"() => ({REPRESENTED})() === {expected}", timeout=10_000)

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"a dialog fired: {self.dialogs}"
        assert self.errors == [], f"script errors: {self.errors}"
        assert self.foreign == [], f"requests to other hosts: {self.foreign}"


@pytest.fixture
def watched(browser, base_url):
    w = Watched(browser, base_url)
    yield w
    w.page.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=False)
    return path


def test_markers_appear_and_a_filter_changes_them(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    assert watched.total() == len(sd.SPECS)
    watched.wait_represented(sd.EVENTS_WITH_COORDINATES)
    before = page.locator("#map .leaflet-marker-icon").count()
    assert before > 0
    page.wait_for_function("() => Number(document.querySelector('#map').dataset.outlines) > 100")
    assert page.locator("#map .leaflet-overlay-pane canvas").count() == 1  # the country outlines
    page.wait_for_timeout(400)  # let the fit-to-markers zoom settle for the screenshot
    screenshot(page, "web-map.png")

    page.select_option("#f-country", "Syria")
    page.wait_for_function("() => document.querySelector('#status').dataset.total === '3'")
    watched.wait_ready()
    watched.wait_represented(3)
    assert page.locator("#event-list li").count() == 3

    page.fill("#f-actor", "SDF")
    page.wait_for_function("() => document.querySelector('#status').dataset.total === '2'")
    watched.wait_represented(2)
    watched.assert_clean()


def test_brushing_the_timeline_narrows_the_dates(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    area = page.locator("#brush-area").bounding_box()
    y = area["y"] + area["height"] / 2
    # the chart runs 2024-01-15 .. 2024-01-28 (14 days): drag across its right-hand half
    page.mouse.move(area["x"] + area["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(area["x"] + area["width"] * 0.8, y, steps=5)
    page.mouse.move(area["x"] + area["width"] * 0.99, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('#f-since').value !== ''")
    watched.wait_ready()
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert "2024-01-20" < since <= "2024-01-24" and until == "2024-01-28"
    expected = [s for s in sd.SPECS if s.fields["event_date"] and since <= s.fields["event_date"] <= until]
    page.wait_for_function(f"() => document.querySelector('#status').dataset.total === '{len(expected)}'")
    watched.wait_represented(len(expected))
    assert "→" in page.inner_text("#range-label")

    page.mouse.click(area["x"] + 5, y)  # a click without a drag clears the range
    page.wait_for_function(f"() => document.querySelector('#status').dataset.total === '{len(sd.SPECS)}'")
    watched.assert_clean()


def test_event_panel_shows_fields_sources_disagreements_and_highlighted_evidence(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    watched.wait_represented(sd.EVENTS_WITH_COORDINATES)

    page.locator("#map .ew-marker").first.click()  # any single marker opens its event
    page.wait_for_selector("#event-view:not([hidden]) mark.evidence")
    page.click("#back")

    page.click(f"#event-list li[data-id='{sd.STRIKE_EVENT}']")
    page.wait_for_selector("#event-view:not([hidden])")
    page.wait_for_function("() => document.querySelectorAll('#ev-articles .article-text').length === 2")
    assert page.inner_text("#ev-fields dd[data-field='actor2']") == "Kataib Hezbollah"
    assert page.inner_text("#ev-fields dd[data-field='location']") == "Jurf al-Sakhar"
    sources = page.inner_text("#ev-sources")
    assert "Gulf Wire" in sources and "Levant Tribune" in sources
    disagreements = page.inner_text("#ev-disagreements")
    assert "event_date" in disagreements and "2024-01-22" in disagreements

    marks = page.locator("#ev-articles mark.evidence")
    texts = {marks.nth(i).text_content(): marks.nth(i).get_attribute("data-fields") for i in range(marks.count())}
    assert texts[sd.GULF_STRIKE] == "event_type, sub_event_type, actor1, event_date, location"
    assert texts[sd.GULF_TOLL] == "fatalities"
    assert texts[sd.TRIBUNE_STRIKE].startswith("event_type") and texts[sd.TRIBUNE_TOLL] == "fatalities"
    for article_id in ("gulfwire-0123", "tribune-0124"):  # the marks wrap the text, not change it
        shown = page.locator(f"section[data-article='{article_id}'] .article-text").text_content()
        assert shown == sd.ARTICLES[article_id].text
    background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.wait_for_selector("#map .ew-marker.selected")  # the map zoomed to the event's marker
    page.wait_for_timeout(500)  # let the zoom animation settle for the screenshot
    assert screenshot(page, "web-event-fields.png").stat().st_size > 10_000
    page.locator("#ev-disagreements").scroll_into_view_if_needed()
    page.evaluate("() => document.querySelector('#ev-disagreements').scrollIntoView({block: 'start'})")
    assert screenshot(page, "web-event-evidence.png").stat().st_size > 10_000
    watched.assert_clean()


def test_article_markup_renders_as_text(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    page.click(f"#event-list li[data-id='{sd.XSS_EVENT}']")
    page.wait_for_selector("#ev-articles .article-text")

    article = page.locator(f"#ev-articles section[data-article='{sd.XSS_ARTICLE}']")
    assert sd.XSS_TEXT in article.locator(".article-text").inner_text()
    assert article.locator(".article-text").text_content() == sd.ARTICLES[sd.XSS_ARTICLE].text
    assert article.locator("h4").inner_text() == sd.XSS_TITLE
    assert sd.XSS_OUTLET in article.inner_text()
    assert sd.XSS_OUTLET in page.inner_text("#ev-sources")
    assert page.inner_text("#ev-fields dd[data-field='notes']") == "<i>not markup</i>"
    assert page.locator("#panel script, #panel img, #panel b, #panel i").count() == 0
    highlighted = page.locator("#ev-articles mark.evidence").all_inner_texts()
    assert any(sd.XSS_TEXT in t for t in highlighted)  # markup inside evidence is text too
    page.wait_for_selector("#map .ew-marker.selected")
    page.wait_for_timeout(500)  # give an injected script the chance to run
    page.evaluate("() => document.querySelector('#ev-articles').scrollIntoView({block: 'start'})")
    screenshot(page, "web-xss-as-text.png")
    watched.assert_clean()


def test_a_token_server_asks_for_the_token_then_loads(browser, base_url, tmp_path):
    db = str(tmp_path / "events.db")
    sd.build(db).close()
    with live.running_server(db, token="page-token-42", log=tmp_path / "serve.log") as url:
        w = Watched(browser, url)
        try:
            w.page.goto(url + "/")
            w.page.wait_for_selector("#token-form:not([hidden])")
            assert w.page.get_attribute("#status", "data-state") == "error"
            w.page.fill("#token-input", "page-token-42")
            w.page.click("#token-form button")
            w.wait_ready()
            assert w.total() == len(sd.SPECS)
            w.page.goto(url + "/#token=page-token-42")  # a link can carry the token, once
            w.wait_ready()
            assert "token" not in w.page.url
            w.assert_clean()
        finally:
            w.page.close()


def _view(page) -> tuple[str, str]:
    return page.get_attribute("#map", "data-zoom"), page.get_attribute("#map", "data-center")


def test_the_map_has_place_labels_and_admin1_outlines(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    page.wait_for_function("() => Number(document.querySelector('#map').dataset.admin1) > 10")
    page.wait_for_function("() => document.querySelectorAll('#map .place-label').length > 3")
    assert page.locator("#map .place-label", has_text="Baghdad").count() == 1
    watched.assert_clean()


def test_opening_an_event_keeps_context_and_back_restores_the_view(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    watched.wait_represented(sd.EVENTS_WITH_COORDINATES)
    page.wait_for_timeout(600)
    before = _view(page)
    page.click(f"#event-list li[data-id='{sd.STRIKE_EVENT}']")
    page.wait_for_selector("#map .ew-marker.selected")
    page.wait_for_timeout(600)
    assert float(page.get_attribute("#map", "data-zoom")) <= 9   # not level 14 on blank land
    page.wait_for_function("() => document.querySelectorAll('#map .place-label').length > 0")
    page.click("#back")
    page.wait_for_timeout(600)
    assert _view(page) == before
    watched.assert_clean()


def test_cluster_colours_are_neutral_and_timeline_labels_carry_the_year(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    watched.wait_represented(sd.EVENTS_WITH_COORDINATES)
    type_colours = set(page.evaluate("""() => [...document.querySelectorAll('#legend .swatch[class*=" t"]')]
        .map(s => getComputedStyle(s).backgroundColor)"""))
    clusters = page.evaluate("""() => [...document.querySelectorAll('#map .marker-cluster div')]
        .map(d => getComputedStyle(d).backgroundColor)""")
    assert clusters and not set(clusters) & type_colours
    first_label = page.locator("#timeline text.axis").nth(1).text_content()
    assert first_label.endswith("2024"), first_label
    assert "1 undated event is not on the timeline" in page.inner_text("#timeline-note")
    watched.assert_clean()


def test_sub_type_and_actor_aliases_filter_the_page(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    page.select_option("#f-sub-type", "Air/drone strike")
    page.wait_for_function("() => document.querySelector('#status').dataset.total === '3'")
    page.select_option("#f-sub-type", "")
    page.fill("#f-actor", "US")   # the United States' forces: the strike and the Tower 22 attack
    page.wait_for_function("() => document.querySelector('#status').dataset.total === '2'")
    watched.wait_ready()
    assert {page.locator("#event-list li").nth(i).get_attribute("data-id") for i in range(2)} == {
        sd.STRIKE_EVENT, "JOR-0002"}
    watched.assert_clean()


def test_a_filter_that_matches_nothing_says_so_and_offers_the_nearest(watched, base_url):
    watched.open(base_url + "/")
    page = watched.page
    page.fill("#f-actor", "Kataib Hezbolah")
    page.wait_for_selector("#notices:not([hidden])")
    assert "nearest: Kataib Hezbollah" in page.inner_text("#notices")
    page.click("#notices button")
    page.wait_for_function("() => document.querySelector('#status').dataset.total === '1'")
    assert page.input_value("#f-actor") == "Kataib Hezbollah"
    watched.assert_clean()


def test_the_filtered_view_downloads_as_csv_and_geojson(watched, base_url):
    import csv
    import io
    import json

    watched.open(base_url + "/")
    page = watched.page
    page.select_option("#f-country", "Syria")
    page.wait_for_function("() => document.querySelector('#status').dataset.total === '3'")
    with page.expect_download() as csv_download:
        page.click("#dl-csv")
    rows = list(csv.DictReader(io.StringIO(open(csv_download.value.path(), encoding="utf-8").read())))
    assert sorted(r["event_id_cnty"] for r in rows) == ["SYR-0001", "SYR-0002", "SYR-0003"]
    with page.expect_download() as geo_download:
        page.click("#dl-geojson")
    features = json.loads(open(geo_download.value.path(), encoding="utf-8").read())["features"]
    assert {f["id"] for f in features} == {"SYR-0001", "SYR-0002", "SYR-0003"}
    watched.assert_clean()
