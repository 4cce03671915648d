"""A crowd that storms or burns a force's post met that force."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _event(text: str) -> Event:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    return event


@pytest.mark.parametrize(("text", "force"), [
    ("On 2 March 2023, an angry crowd stormed a police station in Busia (Busia) and freed two "
     "detainees.", "Police Forces of Kenya (2022-)"),
    ("On 9 July 2021, a mob torched a police post in Masaka (Masaka) after a trader died in a "
     "cell.", "Police Forces of Uganda (1986-)"),
])
def test_events_crowd_met_the_force_of_the_post(text: str, force: str) -> None:
    event = _event(text)
    assert event.event_type == "riots"
    assert event.actor2 is not None
    assert event.actor_acled_names.get(event.actor2, event.actor2) == force


def test_events_crowd_near_a_post_met_no_force() -> None:
    event = _event("On 9 July 2021, rioters looted shops in Masaka (Masaka) near the police "
                   "station.")
    assert event.actor2 is None or not event.actor2.startswith("Police Forces")
