"""The group of those arrested or robbed, and of one told "being" struck, stands beside
the civilians as those struck do (texts written for these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2023-02-15")
              if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "group"), [
    ("On 13 February 2023, police raided a hostel in Harare and detained several students "
     "over a planned march.", "Students (Zimbabwe)"),
    ("On 12 February 2023, armed men looted a refugee camp near Bunia, taking food and "
     "blankets.", "Refugees/IDPs (Democratic Republic of Congo)"),
    ("On 14 February 2023, a video showed a woman being beaten by gang members in a street "
     "of Tegucigalpa.", "Women (Honduras)"),
])
def test_events_group_of_those_taken_or_struck(text: str, group: str) -> None:
    event = _event(text)
    assert group in event.assoc_actor_2, (event.actor2, event.assoc_actor_2)
