"""A kind of deed told as more or less frequent ("attacks on police and soldiers have risen
in X this year", "killings of social leaders have doubled") tells no incident; an attack
told in the same words on a day, or with its dead, still does."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.events import _TREND
from eventcoder.records import Event

LEAD = ("Gunmen shot dead two farmers near Ituango, Antioquia, Colombia, on Saturday, "
        "police said.\n\n")


@pytest.mark.parametrize(
    "trend",
    [
        "Attacks on police and soldiers have risen in Antioquia and Choco this year as "
        "armed groups fight over drug routes.",
        "Killings of social leaders in Narino have doubled since January, as rival "
        "factions battle for control of the coast.",
    ],
)
def test_a_trend_adds_no_event(trend: str) -> None:
    text = LEAD + trend
    events = [e for e in extract(text, published="2024-09-17") if isinstance(e, Event)]
    assert [e.date_start for e in events] == ["2024-09-14"], [e.notes for e in events]
    # the gate: every sentence the pattern reads holds " ha"
    assert " ha" in trend and _TREND.search(trend.lower())


def test_an_attack_with_its_dead_is_still_an_event() -> None:
    text = LEAD + ("On Sunday, attacks on two police posts in Choco have killed three "
                   "officers, the army said.")
    events = [e for e in extract(text, published="2024-09-17") if isinstance(e, Event)]
    assert len(events) == 2, [e.notes for e in events]
