"""A note opened by a label that names its type ("Looting:", "Arrests:") tells its sides
around its own word for the deed, not around the label (texts written for these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2023-06-20")
              if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


def _all(event: Event) -> list[str]:
    name = event.actor_acled_names
    return [name.get(a, a) for a in (event.actor1, *event.assoc_actor_1) if a]


@pytest.mark.parametrize(("text", "plain"), [
    ("Looting: On 14 June 2023, Free Syrian Army fighters backed by Turkish forces looted "
     "the olive harvest of farmers near Afrin.",
     "On 14 June 2023, Free Syrian Army fighters backed by Turkish forces looted "
     "the olive harvest of farmers near Afrin."),
    ("Arrests: On 15 June 2023, Iraqi police, accompanied by Peshmerga fighters, arrested "
     "six shopkeepers in Kirkuk city.",
     "On 15 June 2023, Iraqi police, accompanied by Peshmerga fighters, arrested "
     "six shopkeepers in Kirkuk city."),
])
def test_events_label_does_not_move_the_sides(text: str, plain: str) -> None:
    labelled, unlabelled = _event(text), _event(plain)
    assert labelled.actor1 == unlabelled.actor1
    assert _all(labelled) == _all(unlabelled)
    assert labelled.actor2 == unlabelled.actor2


def test_events_label_looting_keeps_the_backer_beside_the_looters() -> None:
    event = _event("Looting: On 16 June 2023, Free Syrian Army fighters backed by Turkish "
                   "forces looted shops in the village of Jindires near Afrin.")
    sides = _all(event)
    assert sides and "Turkey" in " ".join(sides[1:]), sides
    assert event.actor2 is None or "Turkey" not in event.actor2
