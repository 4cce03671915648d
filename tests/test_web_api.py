"""The dashboard's JSON API and pages through FastAPI's test client, on real SQLite stores:
one built by ingesting the bundled examples and the seed articles through the pipeline,
one holding a hand-built event told by two sources that disagree."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventcoder.commands.web import build_demo
from eventcoder.ingest import ingest
from eventcoder.records import Casualty, Evidence
from eventcoder.store import EventFilter, Store, open_store
from eventcoder.web import create_app
from tests.records_factory import document, event

with warnings.catch_warnings():
    # Starlette's test client warns on import that it would rather use httpx2.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = tmp_path_factory.mktemp("web-api") / "demo.db"
    store, summary = build_demo(str(db))
    assert summary.failed == 0 and summary.added > 0
    ingest(store, [str(p) for p in sorted(SEEDS.glob("*.txt"))])
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(demo_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(demo_store, tiles=None)) as test_client:
        yield test_client


TEXT_A = "Five people died when Al Shabaab detonated a bomb in Baidoa on Saturday."
TEXT_B = ("Seven soldiers were killed when an IED exploded in Baidoa, officials said. "
          "<script>alert('x')</script> & more.")


def _told(doc_id: str, text: str, killed: int, killed_words: str, place_word: str) -> Any:
    start = text.index(killed_words)
    place = text.index(place_word)
    base = event(doc_id, killed=killed)
    evidence = Evidence(doc_id, start, start + len(killed_words), killed_words)
    return dataclasses.replace(
        base,
        casualties=[Casualty(kind="killed", party=base.actor2, count=killed, low=killed,
                             high=killed, evidence=[evidence])],
        evidence={"fatalities": [evidence],
                  "location": [Evidence(doc_id, place, place + len(place_word), place_word)],
                  # Offsets that do not read their text: shown as unplaced, never marked.
                  "actor1": [Evidence(doc_id, 0, 4, "Nope")]},
    )


@pytest.fixture()
def two_sources(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    store = open_store(tmp_path / "two.db")
    store.add_extraction([document("doc-a", TEXT_A),
                          _told("doc-a", TEXT_A, 5, "Five people died", "Baidoa")])
    result = store.add_extraction([document("doc-b", TEXT_B, source="Other Wire"),
                                   _told("doc-b", TEXT_B, 7, "Seven soldiers were killed",
                                         "Baidoa")])
    assert result.n_merged == 1, "the two reports are one event"
    event_id = store.events(limit=1)[0]["event_id"]
    yield store, event_id
    store.close()


def _located(store: Store) -> dict[str, Any]:
    for found in store.events(limit=None, order_by="-fatalities"):
        if (found.get("location") or {}).get("country") and found.get("evidence"):
            return found
    pytest.fail("no located event with evidence in the examples")


# ---------------------------------------------------------------------------- pages


@pytest.mark.parametrize("path", ["/", "/tallies", "/api-docs", "/?country=&from=&to=&type="])
def test_web_api_pages_render(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert "<script>" not in response.text.replace('<script src="', "")


def test_web_api_overview_serves_everything_it_loads(client: TestClient) -> None:
    html = client.get("/").text
    for asset in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
                  "/static/vendor/topojson-client/topojson-client.min.js",
                  "/static/dashboard.js", "/static/common.js", "/static/app.css"):
        assert asset in html
        assert client.get(asset).status_code == 200
    outline = client.get("/static/vendor/world-atlas/countries-110m.json")
    assert outline.status_code == 200 and outline.json()["type"] == "Topology"
    assert "https://" not in html


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py",
                                  "/static/..%2fapi.py", "/static//etc/passwd",
                                  "/static/templates/base.html"])
def test_web_api_static_serves_only_listed_assets(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


def test_web_api_openapi_offline(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/map", "/api/timeline",
                 "/api/facets", "/api/tallies", "/api/consistency", "/api/export",
                 "/api/ingest", "/api/stats", "/api/summary"):
        assert path in schema["paths"], path
    # FastAPI's own pages fetch their scripts from a CDN: they are off.
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


# ---------------------------------------------------------------------------- events


@pytest.mark.parametrize("params", [
    {}, {"country": "IQ"}, {"country": "iq"}, {"type": "violence_against_civilians"},
    {"text": "isis"}, {"from": "2024-01-01", "to": "2024-12-31"}, {"actor": "state"},
    {"background": "true"}, {"min_fatalities": "3"},
])
def test_web_api_events_filters_match_store(client: TestClient, demo_store: Store,
                                            params: dict[str, str]) -> None:
    body = client.get("/api/events", params={**params, "limit": 500}).json()
    expected = EventFilter(
        country=params.get("country", "").upper() or None, event_type=params.get("type"),
        text=params.get("text"), date_from=params.get("from"), date_to=params.get("to"),
        actor=params.get("actor"),
        min_fatalities=int(params["min_fatalities"]) if "min_fatalities" in params else None,
        include_background="background" in params)
    assert body["total"] == demo_store.count_events(expected)
    assert len(body["items"]) == body["total"]
    assert {r["event_id"] for r in body["items"]} == {
        e["event_id"] for e in demo_store.events(expected, limit=None)}
    if "country" in params:
        assert {r["country"] for r in body["items"]} <= {params["country"].upper()}


def test_web_api_events_hide_background_unless_asked(client: TestClient,
                                                     demo_store: Store) -> None:
    shown = client.get("/api/events", params={"limit": 500}).json()["items"]
    assert not any(r["background"] for r in shown)
    every = client.get("/api/events", params={"limit": 500, "background": "1"}).json()
    assert every["total"] == demo_store.count_events()


@pytest.mark.parametrize("order_by", ["date_start", "-date_start", "fatalities", "-fatalities",
                                      "country", "-n_sources"])
def test_web_api_events_sort_and_page(client: TestClient, order_by: str) -> None:
    whole = client.get("/api/events", params={"order_by": order_by, "limit": 500}).json()
    key = order_by.lstrip("-")
    values = [r[key] for r in whole["items"] if r.get(key) is not None]
    assert values == sorted(values, reverse=order_by.startswith("-"))
    paged: list[str] = []
    for offset in range(0, whole["total"], 3):
        page = client.get("/api/events", params={"order_by": order_by, "limit": 3,
                                                 "offset": offset}).json()
        paged += [r["event_id"] for r in page["items"]]
    assert paged == [r["event_id"] for r in whole["items"]]


@pytest.mark.parametrize("params", [
    {"order_by": "notes"}, {"order_by": "date_start; drop table events"},
    {"from": "yesterday"}, {"from": "2024-02-30"}, {"limit": "0"}, {"limit": "100000"},
    {"min_fatalities": "-1"}, {"country": "x" * 50},
])
def test_web_api_events_reject_bad_parameters(client: TestClient,
                                              params: dict[str, str]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert client.get("/api/summary").json()["events"] > 0


def test_web_api_filter_values_are_data_not_sql(client: TestClient) -> None:
    for text in ("' OR 1=1 --", "%", "_", "\\"):
        body = client.get("/api/events", params={"text": text, "actor": text}).json()
        assert body["total"] == 0


def test_web_api_event_detail_spans_read_the_stored_text(client: TestClient,
                                                         demo_store: Store) -> None:
    target = _located(demo_store)
    body = client.get(f"/api/events/{target['event_id']}").json()
    assert body["event"]["event_id"] == target["event_id"]
    texts = {s["doc_id"]: s["text"] for s in body["event"]["sources"]}
    spans = [s for f in body["fields"] for s in f["spans"]]
    assert spans
    for span in spans:
        assert texts[span["doc_id"]][span["start"]:span["end"]] == span["text"]
    assert client.get("/api/events/no-such-event").status_code == 404


def test_web_api_event_page_marks_every_field(client: TestClient, demo_store: Store) -> None:
    target = _located(demo_store)
    html = client.get(f"/events/{target['event_id']}").text
    for field, items in target["evidence"].items():
        for item in items:
            assert f'data-fields="{field}' in html or f' {field}' in html
            assert f">{item['text']}<" in html or item["text"].split()[0] in html


def test_web_api_event_page_sources_side_by_side(two_sources: tuple[Store, str]) -> None:
    store, event_id = two_sources
    with TestClient(create_app(store, tiles=None)) as test_client:
        html = test_client.get(f"/events/{event_id}").text
        body = test_client.get(f"/api/events/{event_id}").json()
    assert html.count('<article class="source"') == 2
    assert "Other Wire" in html
    marks = re.findall(r'<mark class="ev ev-(\w+)" data-fields="([^"]+)" data-spans="[^"]+">'
                       r"([^<]*)</mark>", html)
    assert marks == [("fatalities", "fatalities casualties.killed", "Five people died"),
                     ("location", "location", "Baidoa"),
                     ("fatalities", "fatalities casualties.killed", "Seven soldiers were killed"),
                     ("location", "location", "Baidoa")]
    # The source's own markup is text, never HTML.
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;x&#39;)" in html
    fatalities = next(r for r in body["comparison"] if r["field"] == "fatalities")
    assert fatalities["values"] == [5, 7] and fatalities["agree"] is False
    assert 'class="disagree" data-field="fatalities"' in html
    place = next(r for r in body["comparison"] if r["field"] == "place")
    assert place["agree"] is True
    assert [u["field"] for u in body["unmatched"]] == ["actor1", "actor1"]
    assert ">Nope<" not in html


# ---------------------------------------------------------------------------- views


def test_web_api_map_points_are_the_located_events(client: TestClient,
                                                   demo_store: Store) -> None:
    body = client.get("/api/map").json()
    located = [e for e in demo_store.events(EventFilter(include_background=False), limit=None)
               if (e.get("location") or {}).get("latitude") is not None]
    assert body["located"] == len(located) == len(body["points"])
    assert body["located"] + body["unlocated"] == demo_store.count_events(
        EventFilter(include_background=False))
    for point in body["points"]:
        assert -90 <= point["lat"] <= 90 and -180 <= point["lon"] <= 180


@pytest.mark.parametrize("interval", ["auto", "week", "month"])
def test_web_api_timeline_counts_every_dated_event(client: TestClient, demo_store: Store,
                                                   interval: str) -> None:
    body = client.get("/api/timeline", params={"interval": interval}).json()
    dated = [e for e in demo_store.events(EventFilter(include_background=False), limit=None)
             if e.get("date_start")]
    assert sum(b["events"] for b in body["buckets"]) == len(dated)
    assert sum(b["fatalities"] for b in body["buckets"]) == sum(
        e.get("fatalities") or 0 for e in dated)
    for bucket in body["buckets"]:
        assert bucket["events"] == sum(c["events"] for c in bucket["by_type"].values())
    if interval != "auto":
        assert body["interval"] == interval


def test_web_api_facets_ignore_their_own_filter(client: TestClient) -> None:
    everything = client.get("/api/facets").json()
    narrowed = client.get("/api/facets", params={"country": "IQ"}).json()
    assert [c["value"] for c in narrowed["country"]] == [c["value"] for c in
                                                         everything["country"]]
    iraq = next(c for c in everything["country"] if c["value"] == "IQ")
    assert sum(t["events"] for t in narrowed["event_type"]) == iraq["events"]


def test_web_api_tallies_tree_and_findings(client: TestClient, demo_store: Store) -> None:
    body = client.get("/api/tallies").json()
    assert body["total"] == demo_store.count_tallies()

    def walk(nodes: list[dict[str, Any]], parent: str | None) -> Iterator[dict[str, Any]]:
        for node in nodes:
            if parent is not None:
                assert node["parent"] == parent
            yield node
            yield from walk(node["children"], node["tally_id"])

    every = list(walk(body["tallies"], None))
    assert len(every) == body["total"]
    ids = {n["tally_id"] for n in every}
    assert body["findings"]
    for finding in body["findings"]:
        assert finding["total_id"] in ids
        assert finding["verdict"] in ("consistent", "mismatch", "partial")
    page = client.get("/tallies").text
    mismatches = [f for f in body["findings"] if f["verdict"] == "mismatch"]
    assert page.count('class="finding mismatch"') == len(mismatches)
    for finding in mismatches:
        diff = finding["parts_sum"] - finding["total"]
        assert f"({diff:+d})" in page
    only = client.get("/tallies", params={"verdict": "consistent"}).text
    assert 'class="finding mismatch"' not in only


# ---------------------------------------------------------------------------- export


@pytest.mark.parametrize(("export_format", "media"), [
    ("acled-csv", "text/csv"), ("ucdp-csv", "text/csv"), ("geojson", "application/geo+json"),
    ("parquet", "application/vnd.apache.parquet"), ("jsonl", "application/x-ndjson"),
])
def test_web_api_export_current_filter(client: TestClient, demo_store: Store,
                                       export_format: str, media: str) -> None:
    response = client.get("/api/export", params={"format": export_format, "country": "IQ"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    assert "attachment" in response.headers["content-disposition"]
    expected = demo_store.count_events(EventFilter(country="IQ", include_background=False))
    assert int(response.headers["x-event-count"]) == expected
    if export_format == "acled-csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert len(rows) == expected and {r["iso"] for r in rows} <= {"368"}
    if export_format == "geojson":
        assert len(response.json()["features"]) == expected


def test_web_api_export_refuses_unknown_format(client: TestClient) -> None:
    assert client.get("/api/export", params={"format": "../../etc/passwd"}).status_code == 422


# ---------------------------------------------------------------------------- writing


def test_web_api_ingest_refused_when_read_only(client: TestClient, demo_store: Store) -> None:
    before = demo_store.summary()
    response = client.post("/api/ingest", json={"text": "Gunmen killed 3 people in Jos."})
    assert response.status_code == 403
    assert demo_store.summary() == before


def test_web_api_ingest_with_allow_ingest(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ingest.db")
    text = ("Gunmen killed four villagers and wounded two others in Bokkos, Plateau State, "
            "Nigeria, on Tuesday, police said.")
    with TestClient(create_app(store, allow_ingest=True, tiles=None)) as test_client:
        response = test_client.post("/api/ingest", json={
            "text": text, "published": "2024-01-25", "source": "Plateau Times",
            "path": "/etc/passwd"})
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["status"] == "added" and body["n_events"] >= 1
        assert body["event_ids"]
        again = test_client.post("/api/ingest", json={"text": text})
        assert again.json()["status"] == "skipped"
        assert test_client.post("/api/ingest", json={"text": ""}).status_code == 422
        assert test_client.post("/api/ingest", json={"text": "x", "url": "file:///etc/passwd"}
                                ).status_code == 422
    assert store.summary()["documents"] == 1
    assert store.document(body["doc_id"])["text"] == text
    store.close()


def test_web_api_host_check(demo_store: Store) -> None:
    app = create_app(demo_store, tiles=None, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1") as local:
        assert local.get("/api/summary").status_code == 200
    with TestClient(app, base_url="http://evil.example") as foreign:
        assert foreign.get("/api/summary").status_code == 400


def test_web_api_summary(client: TestClient, demo_store: Store) -> None:
    body = client.get("/api/summary").json()
    assert body["allow_ingest"] is False
    assert {k: body[k] for k in demo_store.summary()} == demo_store.summary()
    assert json.dumps(body)
