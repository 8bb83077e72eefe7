"""The REST API over a hand-built store: filters, details, statistics, and 4xx for bad input."""

from __future__ import annotations

import re

import pytest

from tests.api import sample_data as sd

ALL = len(sd.SPECS)


def ids(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {e["id"] for e in response.json()["items"]}


# -- /events ------------------------------------------------------------------------------------

def test_events_lists_everything_with_total(client):
    body = client.get("/events").json()
    assert body["total"] == ALL and len(body["items"]) == ALL
    assert body["limit"] == 100 and body["offset"] == 0
    dates = [e["event_date"] for e in body["items"] if e["event_date"]]
    assert dates == sorted(dates)


def test_events_pagination(client):
    first = client.get("/events", params={"limit": 5}).json()
    rest = client.get("/events", params={"limit": 5, "offset": 5}).json()
    last = client.get("/events", params={"limit": 5, "offset": 10}).json()
    assert first["total"] == rest["total"] == last["total"] == ALL
    assert [len(p["items"]) for p in (first, rest, last)] == [5, 5, ALL - 10]
    seen = [e["id"] for p in (first, rest, last) for e in p["items"]]
    assert len(set(seen)) == ALL


@pytest.mark.parametrize(("params", "expected"), [
    ({"since": "2024-01-26"}, {"JOR-0001", "IRQ-0005", "JOR-0002"}),
    ({"until": "2024-01-16"}, {"IRQ-0006", "IRQ-0007"}),
    ({"since": "2024-01-20", "until": "2024-01-20"}, {"IRQ-0004", "SYR-0001", "SYR-0002"}),
    ({"country": "syria"}, {"SYR-0001", "SYR-0002", "SYR-0003"}),
    ({"admin1": "Deir ez-Zor"}, {"SYR-0001", "SYR-0002"}),
    ({"type": "Protests"}, {"JOR-0001", "IRQ-0006"}),
    ({"sub_type": "air/drone strike"}, {"IRQ-0001", "IRQ-0004", "JOR-0002"}),
    ({"actor": "kataib"}, {"IRQ-0001"}),
    ({"actor": "islamic state"}, {"IRQ-0003", "SYR-0003", "IRQ-0099"}),
    ({"bbox": "43.5,32.5,45,34"}, {"IRQ-0001", "IRQ-0002", "IRQ-0003", "IRQ-0004"}),
    ({"q": "journalist"}, {"IRQ-0007"}),
    ({"q": "Tower 22"}, {"JOR-0002"}),
    ({"country": "Iraq", "type": "Battles"}, {"IRQ-0003", "IRQ-0099"}),
    ({"country": "Iraq", "since": "2024-01-20", "type": "Explosions/Remote violence"},
     {"IRQ-0001", "IRQ-0002", "IRQ-0004"}),
    ({"country": ""}, {s.id for s in sd.SPECS}),
], ids=["since", "until", "one-day", "country-any-case", "admin1", "type", "sub-type-any-case",
        "actor", "actor-both-sides", "bbox", "text", "text-phrase", "country+type", "three-filters",
        "empty-means-unset"])
def test_events_filters(client, params, expected):
    response = client.get("/events", params=params)
    assert ids(response) == expected
    assert response.json()["total"] == len(expected)


@pytest.mark.parametrize(("params", "names"), [
    ({"since": "2024-13-01"}, "since"),
    ({"since": "yesterday"}, "since"),
    ({"until": "2024-1-5"}, "until"),
    ({"since": "2024-02-30"}, "since"),
    ({"since": "2024-02-01", "until": "2024-01-01"}, "since"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"bbox": "nan,0,1,1"}, "bbox"),
    ({"bbox": "0,95,1,96"}, "bbox"),
    ({"bbox": "10,0,5,1"}, "bbox"),
    ({"limit": "0"}, "limit"),
    ({"limit": "1001"}, "limit"),
    ({"limit": "many"}, "limit"),
    ({"offset": "-1"}, "offset"),
    ({"offset": str(10**30)}, "offset"),
    ({"contry": "Iraq"}, "contry"),
    ({"q": "x" * 201}, "q"),
    ({"country": "Ir\x00aq"}, "country"),
], ids=["month-13", "word", "unpadded", "feb-30", "since-after-until", "bbox-3", "bbox-text",
        "bbox-nan", "bbox-lat-95", "bbox-min-gt-max", "limit-0", "limit-1001", "limit-text",
        "offset-negative", "offset-huge", "unknown-param", "q-too-long", "nul"])
def test_events_bad_parameters_are_422_naming_the_parameter(client, params, names):
    response = client.get("/events", params=params)
    assert response.status_code == 422, response.text
    assert names in response.json()["detail"]


def test_stats_bad_parameters_are_422(client):
    response = client.get("/stats", params={"bbox": "0,0"})
    assert response.status_code == 422
    assert "bbox" in response.json()["detail"]


# -- /events/{id} -------------------------------------------------------------------------------

def test_event_detail_has_each_source_with_evidence_and_disagreements(client):
    body = client.get(f"/events/{sd.STRIKE_EVENT}").json()
    assert body["event"]["id"] == sd.STRIKE_EVENT
    assert [s["article_id"] for s in body["sources"]] == ["gulfwire-0123", "tribune-0124"]
    gulf, tribune = body["sources"]
    assert gulf["article"]["source"] == "Gulf Wire"
    assert gulf["evidence"]["event_type"]["text"] == sd.GULF_STRIKE
    assert gulf["evidence"]["fatalities"]["text"] == sd.GULF_TOLL
    assert tribune["mention_id"] == "tribune-0124#strike"
    assert tribune["claims"]["event_date"] == "2024-01-22"
    assert tribune["evidence"]["event_date"]["text"] == sd.TRIBUNE_STRIKE
    assert tribune["evidence"]["fatalities"]["text"] == sd.TRIBUNE_TOLL
    fields = {d["field"]: d for d in body["disagreements"]}
    assert fields["event_date"]["values"] == {"gulfwire-0123": "2024-01-23", "tribune-0124": "2024-01-22"}
    assert fields["fatalities"]["chosen"] == 1


def test_event_evidence_offsets_index_the_article_text(client):
    body = client.get(f"/events/{sd.STRIKE_EVENT}").json()
    for source in body["sources"]:
        text = client.get(f"/articles/{source['article_id']}").json()["article"]["text"]
        for span in source["evidence"].values():
            assert text[span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("path", ["/events/NOPE", "/events/%00", "/articles/nope", "/articles/" + "x" * 301,
                                  "/nothing-here"],
                         ids=["event", "nul-id", "article", "overlong-id", "route"])
def test_unknown_ids_are_404(client, path):
    response = client.get(path)
    assert response.status_code in (404, 422), response.text
    assert response.status_code == 404 or "article_id" in response.json()["detail"]


# -- /articles/{id} -----------------------------------------------------------------------------

def test_article_has_its_events_spans(client):
    body = client.get("/articles/tribune-0124").json()
    text = body["article"]["text"]
    by_event = {eid: e for e in body["events"] for eid in e["event_ids"]}
    assert set(by_event) == {sd.STRIKE_EVENT, "IRQ-0004"}
    strike = by_event[sd.STRIKE_EVENT]
    assert strike["event_date"] == "2024-01-22"
    for span in strike["evidence"].values():
        assert text[span["start"]:span["end"]] == span["text"]


def test_article_markup_comes_back_verbatim_as_json_text(client):
    body = client.get(f"/articles/{sd.XSS_ARTICLE}").json()
    assert sd.XSS_TEXT in body["article"]["text"]
    assert body["article"]["title"] == sd.XSS_TITLE
    assert body["article"]["source"] == sd.XSS_OUTLET


# -- /stats, /stories, /outlines ------------------------------------------------------------------

def test_stats_counts_by_day_type_and_country(client):
    body = client.get("/stats").json()
    assert body["total"] == ALL and body["undated"] == 1 and body["without_coordinates"] == 1
    assert body["first_date"] == "2024-01-15" and body["last_date"] == "2024-01-28"
    assert {c["key"]: c["count"] for c in body["by_country"]} == {"Iraq": 8, "Syria": 3, "Jordan": 2}
    assert {d["key"]: d["count"] for d in body["by_day"]}["2024-01-20"] == 3
    assert sum(c["count"] for c in body["by_type"]) == ALL
    assert sum(c["count"] for c in body["by_day_and_type"]) == ALL - 1
    assert body["fatalities"] == sum(s.fields["fatalities"] for s in sd.SPECS)


def test_stats_take_the_same_filters(client):
    body = client.get("/stats", params={"country": "Syria"}).json()
    assert body["total"] == 3
    assert [c["key"] for c in body["by_country"]] == ["Syria"]


def test_stories_answer_a_page(client):
    body = client.get("/stories", params={"limit": 10}).json()
    assert body["limit"] == 10 and body["total"] >= len(body["items"])


def test_outlines_are_a_feature_collection_of_countries(client):
    response = client.get("/outlines")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["type"] == "FeatureCollection"
    names = {f["properties"]["name"] for f in body["features"]}
    assert {"Iraq", "Syria", "Jordan"} <= names
    assert response.headers["content-encoding"] == "gzip"  # about 2 MB as plain JSON
    coarse = client.get("/outlines", params={"resolution": "110m"})
    assert coarse.status_code == 200 and len(coarse.content) < len(response.content)


def test_outlines_reject_an_unknown_resolution(client):
    response = client.get("/outlines", params={"resolution": "5m"})
    assert response.status_code == 422 and "resolution" in response.json()["detail"]


# -- docs, page -----------------------------------------------------------------------------------

def test_openapi_documents_every_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/events", "/events/{event_id}", "/articles/{article_id}", "/stories", "/stats",
            "/outlines"} <= set(paths)


def test_docs_are_served_without_a_cdn(client):
    response = client.get("/docs")
    if response.status_code == 503:
        pytest.skip("front-end files not installed: run scripts/setup-web.sh")
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in response.text
    assert "cdn." not in response.text


def test_page_is_served_with_a_strict_content_security_policy(client):
    response = client.get("/")
    assert response.status_code in (200, 503)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    if response.status_code == 503:
        assert "setup-web.sh" in response.text


def test_page_sources_load_nothing_from_other_hosts():
    from eventwire.web import STATIC_DIR

    for name in ("index.html", "app.js", "style.css"):
        text = (STATIC_DIR / name).read_text()
        remote = [line for line in text.splitlines()
                  if ("http://" in line or "https://" in line) and "www.w3.org/2000/svg" not in line]
        assert remote == [], name


def test_page_script_never_writes_html_from_data():
    from eventwire.web import STATIC_DIR

    script = re.sub(r"/\*.*?\*/", "", (STATIC_DIR / "app.js").read_text(), flags=re.S)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "bindPopup(",
                 "bindTooltip(", "setContent("):
        assert sink not in script, sink
