"""Machine-translated and clumsy English reports from Iraq, the Kurdistan Region and north-east
Syria, under ``fixtures/translated``, written for these tests.

They carry what such copy does: "a (4) terrorists were killed", figures in brackets, days
written "Saturday 12/3/2022" or beside a Hijri date, "ISAIS", "Daesh remnants", "the
martyrdom of two of the fighters and the injury of three others", "an explosive device
exploded on a vehicle belonging to", "the 5th Brigade of the PMF", a force's office heading
the headline, a town and an outlet's name as the dateline, and a week's results with their
parts by province. ``expected.json`` holds what a careful analyst records of each; a field it
marks ``pending`` (with why) is asserted as a strict expected failure, so that a reading that
comes right is noticed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Event, Record, Statement, Tally
from tests.analyst_readings import party_counts as _by_party
from tests.test_events_news_articles import _document, _events, _match

TRANSLATED = Path(__file__).parent / "fixtures" / "translated"
GOLD: dict[str, Any] = json.loads((TRANSLATED / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(GOLD["articles"])
KINDS = ("killed", "wounded", "detained", "abducted")
FIELDS = ("admin1", "location", "geo_precision", "actor1", "actor2", "sub_event_type",
          "background", "fatalities")


def _fields(pending: bool) -> list[tuple[str, int, str, Any]]:
    out = []
    for name in NAMES:
        for k, event in enumerate(GOLD["articles"][name]["events"]):
            for field in (*FIELDS, *KINDS):
                if field in event and (field in event.get("pending", {})) == pending:
                    out.append((name, k, field, event[field]))
    return out


@pytest.fixture(scope="module")
def reports() -> dict[str, list[Record]]:
    return {name: extract((TRANSLATED / f"{name}.txt").read_text(encoding="utf-8"),
                          published=GOLD["articles"][name]["published"], doc_id=name)
            for name in NAMES}


def _found(event: Event, field: str) -> Any:
    if field in KINDS:
        return _by_party(event, field)
    return {"admin1": event.location.admin1, "location": event.location.name,
            "geo_precision": event.location.geo_precision, "actor1": event.actor1,
            "actor2": event.actor2, "sub_event_type": event.sub_event_type,
            "background": event.background, "fatalities": event.fatalities}[field]


@pytest.mark.parametrize("name", NAMES)
def test_events_translated_report_document(reports: dict[str, list[Record]], name: str) -> None:
    gold = GOLD["articles"][name]["document"]
    document = _document(reports[name])
    assert (document.published, document.published_basis) == (
        gold["published"], gold["published_basis"])
    if "source" in gold:
        assert document.source == gold["source"]
    assert document.metadata.get("filed_from") == gold.get("filed_from")


@pytest.mark.parametrize("name", NAMES)
def test_events_translated_report_incidents_told_apart(reports: dict[str, list[Record]],
                                                       name: str) -> None:
    events = _events(reports[name])
    assert sorted((e.date_start or "", e.location.country or "") for e in events) == sorted(
        (g["date_start"], g["country"]) for g in GOLD["articles"][name]["events"]), [
        e.notes for e in events]


@pytest.mark.parametrize(("name", "k", "field", "value"), _fields(pending=False),
                         ids=[f"{n}-{k}-{f}" for n, k, f, _ in _fields(pending=False)])
def test_events_translated_report_event_fields(reports: dict[str, list[Record]], name: str,
                                               k: int, field: str, value: Any) -> None:
    event = _match(GOLD["articles"][name]["events"][k], _events(reports[name]))
    assert _found(event, field) == value, (field, event.notes, event.casualties)


@pytest.mark.parametrize(("name", "k", "field", "value"), [
    pytest.param(n, k, f, v, id=f"{n}-{k}-{f}", marks=pytest.mark.xfail(
        reason=GOLD["articles"][n]["events"][k]["pending"][f], strict=True))
    for n, k, f, v in _fields(pending=True)])
def test_events_translated_report_pending_fields(reports: dict[str, list[Record]], name: str,
                                                 k: int, field: str, value: Any) -> None:
    event = _match(GOLD["articles"][name]["events"][k], _events(reports[name]))
    assert _found(event, field) == value


@pytest.mark.parametrize("name", [n for n in NAMES if GOLD["articles"][n].get("tallies")])
def test_events_translated_report_tallies(reports: dict[str, list[Record]], name: str) -> None:
    found = {(t.reporter, t.period_start, t.period_end, tuple(t.area), t.metric, t.party,
              t.value) for t in reports[name] if isinstance(t, Tally)}
    for gold in GOLD["articles"][name]["tallies"]:
        key = (gold["reporter"], *gold["period"], tuple(gold["area"]), gold["metric"],
               gold.get("party"), gold["value"])
        assert key in found, (key, found)
    findings = {(c.total, tuple(c.parts), c.verdict) for c in reports[name]
                if isinstance(c, Consistency)}
    for gold in GOLD["articles"][name].get("consistency", ()):
        assert (gold["total"], tuple(gold["parts"]), gold["verdict"]) in findings, findings


STATEMENTS = [(n, s) for n in NAMES for s in GOLD["articles"][n]["statements"]]


@pytest.mark.parametrize(("name", "gold"), [
    pytest.param(n, s, id=f"{n}-{s['quote_starts'][:20]}", marks=(pytest.mark.xfail(
        reason=s["pending"]["speaker"], strict=True),) if "pending" in s else ())
    for n, s in STATEMENTS])
def test_events_translated_report_statements(reports: dict[str, list[Record]], name: str,
                                             gold: dict[str, Any]) -> None:
    statements = [r for r in reports[name] if isinstance(r, Statement)
                  and r.quote.startswith(gold["quote_starts"])]
    assert len(statements) == 1, statements
    assert statements[0].speaker == gold["speaker"]
