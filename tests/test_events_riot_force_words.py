"""A riot word naming a force ("riot police", "a riot squad") tells of no riot."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _first_event(text: str) -> Event:
    return next(r for r in eventcoder.extract(text, published="2023-10-01")
                if isinstance(r, Event))


@pytest.mark.parametrize("force", ["riot police", "anti-riot police", "a riot squad"])
def test_riot_police_are_police_not_a_riot(force: str) -> None:
    event = _first_event(f"On 3 August 2023, {force} shot dead a trader in Mbale, Uganda.")
    assert event.event_type != "riots"
    assert event.actor1 is not None and event.actor1.startswith("Police Forces of Uganda")


def test_a_riot_is_still_a_riot() -> None:
    event = _first_event("On 3 August 2023, youths rioted in Mbale, Uganda, and burned tyres.")
    assert event.event_type == "riots"
