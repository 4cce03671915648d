"""An arrest by the authorities of a group that holds its country's power is made by that
group's police, not by its fighters."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def _event(text: str, published: str = "2023-11-08") -> Event:
    events = [r for r in eventcoder.extract(text, published=published) if isinstance(r, Event)]
    assert events
    return events[0]


def test_houthi_authorities_arrest_by_their_police() -> None:
    event = _event("Houthi authorities arrested four teachers in Ibb on Tuesday.")
    assert event.sub_event_type == "arrests"
    assert event.actor1 == "Police Forces of Yemen Supreme Political Council"


def test_run_authorities_too() -> None:
    event = _event("Houthi-run authorities detained two lawyers in Dhamar on Tuesday.")
    assert event.actor1 == "Police Forces of Yemen Supreme Political Council"


def test_taliban_authorities_after_they_took_power() -> None:
    event = _event("Taliban authorities detained a university lecturer in Mazar-i-Sharif on "
                   "Tuesday.")
    assert event.actor1 == "Police Forces of Afghanistan"


def test_before_they_held_power_the_group_itself() -> None:
    event = _event("Taliban authorities detained a university lecturer in Kunduz on "
                   "Tuesday.", published="2018-05-09")
    assert event.actor1 == "Taliban"


def test_the_groups_fighters_stay_the_group() -> None:
    event = _event("Houthi fighters detained four teachers in Ibb on Tuesday.")
    assert event.actor1 == "Houthis"
