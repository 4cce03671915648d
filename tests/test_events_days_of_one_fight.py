"""Clashes told over a stated run of a few days ("Clashes from 10-12 March killed ...") are
one event over those days at the place told, not a count kept over a period."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event, Tally


@pytest.mark.parametrize("text", [
    "Clashes from 21-23 April killed 5 soldiers in Baiji, the security media cell said.",
    "Fighting between 21 and 23 April killed 5 soldiers in Baiji.",
])
def test_events_days_of_one_fight_are_an_event(text: str) -> None:
    records = extract(text, published="2023-04-25")
    events = [r for r in records if isinstance(r, Event)]
    assert [(e.date_start, e.date_end, e.time_precision, e.fatalities) for e in events] == [
        ("2023-04-21", "2023-04-23", 2, 5)]
    assert not [r for r in records if isinstance(r, Tally)]


@pytest.mark.parametrize("text", [
    "Troops killed 31 militants from 3 to 23 April, the army said.",
    "Clashes from 1 to 23 April killed 40 soldiers across Salahuddin.",
])
def test_events_long_run_of_days_stays_a_tally(text: str) -> None:
    records = extract(text, published="2023-04-25")
    assert [r.value for r in records if isinstance(r, Tally)]
    assert not [r for r in records if isinstance(r, Event)]
