"""A church struck is struck with the Christians' group beside the civilians."""

from __future__ import annotations

import eventcoder
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _event(text: str) -> Event:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    return event


def test_events_church_burned_by_a_mob() -> None:
    event = _event("On 16 August 2023, a mob torched two churches in Jaranwala (Punjab) over a "
                   "blasphemy allegation.")
    assert event.actor2 == "Civilians (Pakistan)"
    assert "Christian Group (Pakistan)" in event.assoc_actor_2


def test_events_march_from_a_church_strikes_nothing() -> None:
    event = _event("On 16 August 2023, protesters marched peacefully from a church to the "
                   "governor's office in Bukavu (Sud-Kivu).")
    assert not any(name.startswith("Christian Group") for name in event.assoc_actor_2)
