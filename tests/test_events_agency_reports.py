"""Agency reports from Iraq, Syria, Yemen, Libya, Somalia, Afghanistan, Nigeria and the
Sahel as they reach English, under ``fixtures/agency``, written for these tests.

They are often machine translations: datelines of a town and the agency ("Baghdad/ INA",
"Homs, SANA-"), "a security source said", "the martyrdom of a soldier", "a den of
terrorists", "which led to kill 5 terrorists", districts placed by a better-known town,
areas the gazetteer lacks, roads between two towns, days of the week before the publication
date. ``expected.json`` holds what a careful analyst records of each, in the format of
``fixtures/articles``, with the event's place (``place``), precision and notes sentence where
they matter; the fields it marks ``pending`` are documented there and not asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder import extract
from eventcoder.records import Record, Statement
from tests.analyst_readings import party_counts as _by_party
from tests.test_events_news_articles import _document, _events, _match

AGENCY = Path(__file__).parent / "fixtures" / "agency"
GOLD: dict[str, Any] = json.loads((AGENCY / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(GOLD["articles"])
EVENTS = [(name, k, event) for name in NAMES
          for k, event in enumerate(GOLD["articles"][name]["events"])]


@pytest.fixture(scope="module")
def reports() -> dict[str, list[Record]]:
    return {name: extract((AGENCY / f"{name}.txt").read_text(encoding="utf-8"),
                          published=GOLD["articles"][name]["published"], doc_id=name)
            for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_events_agency_report_document(reports: dict[str, list[Record]], name: str) -> None:
    gold = GOLD["articles"][name]["document"]
    document = _document(reports[name])
    assert (document.published, document.published_basis, document.source) == (
        gold["published"], gold["published_basis"], gold["source"])
    assert document.metadata.get("filed_from") == gold.get("filed_from")
    told = [e.text for e in document.debris]
    assert all(any(piece in t for t in told) for piece in gold["debris"]), told


@pytest.mark.parametrize("name", NAMES)
def test_events_agency_report_incidents_told_apart(reports: dict[str, list[Record]],
                                                   name: str) -> None:
    events = _events(reports[name])
    assert sorted((e.date_start or "", e.location.country or "") for e in events) == sorted(
        (g["date_start"], g["country"]) for g in GOLD["articles"][name]["events"]), [
        e.notes for e in events]


@pytest.mark.parametrize(("name", "k", "gold"), EVENTS,
                         ids=[f"{n}-{k}" for n, k, _ in EVENTS])
def test_events_agency_report_event_fields(reports: dict[str, list[Record]], name: str,
                                           k: int, gold: dict[str, Any]) -> None:
    event = _match(gold, _events(reports[name]))
    pending = set(gold.get("pending", ()))
    found = {"date_end": event.date_end, "admin1": event.location.admin1,
             "location": event.location.name, "place": event.location.place,
             "geo_precision": event.location.geo_precision, "actor1": event.actor1,
             "actor2": event.actor2, "sub_event_type": event.sub_event_type,
             "background": event.background, "fatalities": event.fatalities,
             "notes": event.notes}
    for field, value in found.items():
        if field in gold and field not in pending:
            assert value == gold[field], (field, event.notes)
    for kind in ("killed", "wounded", "detained", "abducted"):
        if kind in gold and kind not in pending:
            assert _by_party(event, kind) == gold[kind], (kind, event.casualties)


@pytest.mark.parametrize("name", [n for n in NAMES if GOLD["articles"][n]["statements"]])
def test_events_agency_report_statements(reports: dict[str, list[Record]], name: str) -> None:
    statements = [r for r in reports[name] if isinstance(r, Statement)]
    for gold in GOLD["articles"][name]["statements"]:
        found = [s for s in statements if s.quote.startswith(gold["quote_starts"])]
        assert len(found) == 1, [(s.speaker, s.quote[:30]) for s in statements]
        assert found[0].speaker == gold["speaker"]
        if "role" in gold:
            assert found[0].role == gold["role"]
