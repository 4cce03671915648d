"""A sentence of no event word that joins an event but tells of another time adds no place
to it (texts written for these tests)."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published="2024-06-12") if isinstance(r, Event)]


def test_place_told_of_another_year_is_not_the_events() -> None:
    text = ("Gunmen killed two traders in Kasese on Tuesday, police said.\n\n"
            "In March 2022, rebels killed eleven people at a cattle market in Ntoroko district. "
            "The group was also blamed for a series of bombings in Kampala in 2021.")
    past = [e for e in _events(text) if e.date_start == "2022-03-01"]
    assert len(past) == 1
    assert past[0].location is not None and past[0].location.name == "Ntoroko"


def test_place_of_a_detail_told_of_the_same_day_still_joins() -> None:
    text = ("Gunmen killed two farmers on Monday, police said. The farmers had been working in "
            "their fields near Kasese on Monday morning.")
    (event,) = _events(text)
    assert event.location is not None and event.location.name == "Kasese"
