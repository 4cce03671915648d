"""End-to-end: the dashboard in headless Chromium over the bundled examples and seed articles.

Needs Debian's chromium (``EVENTCODER_TEST_CHROMIUM`` or /usr/bin/chromium) and the
``playwright`` package; Playwright's own browser downloads are never used. Screenshots
go to ``$EVENTCODER_SCREENSHOTS`` or ``screenshots/`` at the repository root.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventcoder.commands.web import build_demo
from eventcoder.ingest import ingest
from eventcoder.store import EventFilter, Store

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
SEEDS = Path(__file__).parent / "fixtures" / "seeds"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    given = os.environ.get("EVENTCODER_TEST_CHROMIUM")
    for candidate in (given, "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def _screenshots() -> Path:
    folder = Path(os.environ.get("EVENTCODER_SCREENSHOTS") or REPO / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = tmp_path_factory.mktemp("web-e2e") / "demo.db"
    store, summary = build_demo(str(db))
    assert summary.failed == 0
    ingest(store, [str(p) for p in sorted(SEEDS.glob("*.txt"))])
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(demo_store: Store) -> Iterator[str]:
    import uvicorn

    from eventcoder.web import create_app

    app = create_app(demo_store, tiles=None, allowed_hosts=["127.0.0.1"])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            pytest.fail("the dashboard server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium found: install Debian's chromium or set EVENTCODER_TEST_CHROMIUM")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    opened.on("request", lambda request: requests.append(request.url))
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.requests = requests
    opened.errors = errors
    yield opened
    context.close()


def _ready(page: Any) -> None:
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)


def _target_event(store: Store) -> dict[str, Any]:
    """A located event with a fatality count and evidence for it: the one to open."""
    for event in store.events(limit=None, order_by="-fatalities"):
        location = event.get("location") or {}
        if (event.get("fatalities") and location.get("latitude") is not None
                and location.get("country") and (event.get("evidence") or {}).get("fatalities")):
            return event
    pytest.fail("the examples give no located event with evidenced fatalities")


def test_web_browser_dashboard_filter_event_evidence(page: Any, server: str,
                                                     demo_store: Store) -> None:
    shots = _screenshots()
    started = time.monotonic()
    page.goto(server + "/")
    _ready(page)
    page.wait_for_selector("#timeline rect.bar")
    loaded = time.monotonic() - started
    markers = page.locator("path.event-marker").count()
    bars = page.locator("#timeline rect.bar").count()
    rows = page.locator("#events-table tbody tr").count()
    assert markers > 0 and bars > 0 and rows > 0
    assert loaded < 10, f"the overview took {loaded:.1f} s to show its events"
    page.screenshot(path=str(shots / "01-overview.png"), full_page=True)
    assert page.locator("#map .leaflet-outline-pane path").count() > 0, \
        "the bundled world outline is drawn under the markers"

    target = _target_event(demo_store)
    country = target["location"]["country"]
    page.select_option("#f-country", country)
    page.wait_for_url(f"**country={country}**")
    _ready(page)
    expected = demo_store.count_events(_filter(country))
    page.wait_for_function(
        "n => document.querySelectorAll('#events-table tbody tr').length === n", arg=expected)
    countries = page.locator("#events-table tbody tr td:nth-child(4)").all_inner_texts()
    assert countries and set(countries) == {country}
    assert page.locator("path.event-marker").count() <= expected
    assert f"country={country}" in page.locator("a.export[data-format='acled-csv']").get_attribute(
        "href")
    page.screenshot(path=str(shots / "02-filtered.png"), full_page=True)

    page.locator(f"#events-table tr[data-event-id='{target['event_id']}'] a").click()
    page.wait_for_url(f"**/events/{target['event_id']}**")
    _ready(page)
    assert page.locator("mark.ev").count() > 0
    fatality_chips = page.locator("tr.field-row[data-field='fatalities'] button.span-chip")
    assert fatality_chips.count() > 0
    marked_texts = set()
    for index in range(fatality_chips.count()):
        chip = fatality_chips.nth(index)
        span_id = chip.get_attribute("data-span")
        marked = "".join(page.locator(f"mark.ev[data-spans~='{span_id}']").all_text_contents())
        assert marked and chip.inner_text().startswith(f"“{marked}”")
        marked_texts.add(marked)
    # What is highlighted is exactly what the store's evidence says the number was read from.
    assert marked_texts == {e["text"] for e in target["evidence"]["fatalities"]}
    first_chip = fatality_chips.first
    first_chip.click()
    span_id = first_chip.get_attribute("data-span")
    page.wait_for_selector(f"mark.ev.flash[data-spans~='{span_id}']")
    page.locator("tr.field-row[data-field='fatalities']").hover()
    assert page.locator("mark.ev.lit").count() > 0
    page.screenshot(path=str(shots / "03-event.png"), full_page=True)
    back = page.locator("#back").get_attribute("href")
    assert f"country={country}" in back

    page.goto(server + "/tallies")
    assert page.locator("li.tally").count() > 0
    assert page.locator("article.finding").count() > 0
    page.screenshot(path=str(shots / "04-tallies.png"), full_page=True)

    outside = [u for u in page.requests if not u.startswith(server) and not u.startswith("data:")]
    assert outside == [], f"the dashboard reached outside this machine: {outside}"
    assert page.errors == []


def _filter(country: str) -> EventFilter:
    return EventFilter(country=country, include_background=False)


def test_web_browser_timeline_bar_filters_period(page: Any, server: str) -> None:
    page.goto(server + "/")
    _ready(page)
    bar = page.locator("#timeline rect.bar").first
    bar.wait_for()
    start, end = bar.get_attribute("data-start"), bar.get_attribute("data-end")
    bar.click()
    page.wait_for_url(f"**from={start}**")
    _ready(page)
    assert page.locator("input[name=from]").input_value() == start
    assert page.locator("input[name=to]").input_value() == end
    dates = page.locator("#events-table tbody tr td:first-child").all_inner_texts()
    assert dates
    for shown in dates:
        first_day = shown.split(" – ")[0]
        last_day = shown.split(" – ")[-1]
        assert last_day >= start and first_day <= end
    assert page.errors == []


def test_web_browser_merged_event_sources_side_by_side(page: Any, server: str,
                                                       demo_store: Store) -> None:
    merged = demo_store.events(EventFilter(min_sources=2, include_background=True), limit=1,
                               order_by="-n_sources")
    if not merged:
        pytest.skip("the examples hold no event reported by several sources")
    target = merged[0]
    page.goto(f"{server}/events/{target['event_id']}")
    _ready(page)
    assert page.locator("article.source").count() == target["n_sources"]
    headers = page.locator("#compare thead th").count()
    assert headers == 2 + page.locator("article.source").count()
    for index in range(page.locator("article.source").count()):
        assert page.locator("article.source").nth(index).locator("mark.ev").count() > 0
    page.screenshot(path=str(_screenshots() / "05-merged-event.png"), full_page=True)
    assert page.errors == []
