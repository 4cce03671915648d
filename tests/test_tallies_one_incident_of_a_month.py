"""A past incident dated only to its month, told for context, is an event, not a count over
the month (texts written for these tests)."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event, Tally


def _records(text: str) -> tuple[list[Event], list[Tally]]:
    found = eventcoder.extract(text, published="2024-06-12")
    return ([r for r in found if isinstance(r, Event)], [r for r in found if isinstance(r, Tally)])


def test_toll_at_one_gathering_place_is_an_incident_of_the_month() -> None:
    text = ("Gunmen killed two traders in Kasese on Tuesday, police said.\n\n"
            "In March 2022, rebels killed eleven people at a cattle market in Ntoroko district.")
    events, tallies = _records(text)
    past = [e for e in events if e.date_start == "2022-03-01"]
    assert len(past) == 1 and past[0].background
    assert not any(t.metric == "killed" and t.value == 11 for t in tallies)


def test_one_of_the_deadliest_attacks_counts_no_attack() -> None:
    text = ("Gunmen killed two traders in Kasese on Tuesday, police said.\n\n"
            "In March 2022, rebels killed eleven people at a cattle market in Ntoroko district, "
            "one of the deadliest attacks in the region in recent years.")
    events, tallies = _records(text)
    assert [e.date_start for e in events if e.background] == ["2022-03-01"]
    assert not any(t.metric == "attacks" for t in tallies)


def test_a_months_toll_in_a_district_is_still_a_tally() -> None:
    text = ("Rebels killed 42 people in Ntoroko district in March 2024, the army said in its "
            "monthly report.")
    events, tallies = _records(text)
    assert any(t.metric == "killed" and t.value == 42 for t in tallies)
