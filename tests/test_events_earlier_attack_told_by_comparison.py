"""An attack measured against an earlier one ("The attack was the deadliest on the security
forces since November, when gunmen killed five soldiers near Sheikh Zuweid"): "the attack"
points back to the incident told before, and the clause after the date's "when" tells the
earlier one, whose sides are its own (the gunmen struck the soldiers), not the sentence's
start's."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event

_LEAD = "A car bomb killed eight policemen at a checkpoint in El-Arish, Egypt, on Tuesday.\n\n"


def _events(pipeline: RulePipeline, text: str) -> list[Event]:
    records = pipeline(document_from_text(text, published="2017-03-09", doc_id="t"))
    return [r for r in records if isinstance(r, Event)]


@pytest.mark.parametrize("second", [
    "The attack was the deadliest on the security forces in the province since November, "
    "when gunmen killed five soldiers at a checkpoint near Sheikh Zuweid.",
    "The bombing is the worst against the police since November, when gunmen killed five "
    "soldiers at a checkpoint near Sheikh Zuweid.",
])
def test_events_earlier_attack_of_the_when_clause_has_its_own_sides(
        pipeline: RulePipeline, second: str) -> None:
    events = _events(pipeline, _LEAD + second)
    earlier = [e for e in events if e.date_start == "2016-11-01"]
    assert len(earlier) == 1, [e.notes for e in events]
    assert (earlier[0].actor1, earlier[0].actor2) == (
        "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"), earlier[0].notes
    today = [e for e in events if e.date_start == "2017-03-07"]
    assert [e.fatalities for e in today] == [8], [e.notes for e in events]


def test_events_police_there_when_the_attack_came_stay_struck(pipeline: RulePipeline) -> None:
    events = _events(pipeline, "Police were patrolling the market in El-Arish, Egypt, on "
                               "Tuesday, when gunmen shot at them from a passing car, killing two "
                               "officers.")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")], [e.notes for e in events]
