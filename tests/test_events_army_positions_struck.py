"""A country's army named with its holdings ("hit Ukrainian army positions") is the side
struck, whoever struck it: not the one that struck when no striker is named."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2025-03-18") if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "army"), [
    ("A drone hit Ukrainian army positions near Zolochiv on Sunday.",
     "Armed Forces of Ukraine"),
    ("Drones struck Georgian army positions near Gori on Sunday, killing two soldiers.",
     "Military Forces of Georgia"),
], ids=["drone-hit", "drones-struck"])
def test_events_army_positions_struck_are_the_side_struck(text: str, army: str) -> None:
    [event] = _events(text)
    assert event.actor2 == army
    assert event.actor1 != army


def test_events_army_positions_struck_by_a_named_force() -> None:
    [event] = _events("Russian artillery shelled Ukrainian army positions near Zolochiv on "
                      "Sunday, the ministry said.")
    assert (event.actor1, event.actor2) == ("Russian Armed Forces", "Armed Forces of Ukraine")
