"""One of a sectoral group struck, told by the group's word in the singular."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _event(text: str) -> Event:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    return event


@pytest.mark.parametrize(("who", "group"), [
    ("a schoolteacher", "Teachers (Zimbabwe)"), ("a headmaster", "Teachers (Zimbabwe)"),
    ("12 schoolgirls", "Students (Zimbabwe)"), ("a pupil", "Students (Zimbabwe)"),
])
def test_events_one_of_a_group_struck_by_its_singular(who: str, group: str) -> None:
    event = _event(f"On 6 January 2021, gunmen abducted {who} near Gweru (Midlands).")
    assert group in event.assoc_actor_2
