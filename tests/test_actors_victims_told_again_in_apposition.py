"""People counted and told again between commas ("Two villagers, a man and his teenage
daughter, were killed") are the ones struck, never the striker (texts written for these
tests)."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def _event(text: str) -> Event:
    (event,) = [r for r in eventcoder.extract(text, published="2024-09-03")
                if isinstance(r, Event)]
    return event


def test_apposed_victims_are_not_the_striker_of_a_bombing() -> None:
    told_again = _event("Two villagers, a man and his teenage daughter, were killed when a bomb "
                        "exploded near their house in Imphal West district on Sunday, police "
                        "said.")
    plain = _event("Two villagers were killed when a bomb exploded near their house in Imphal "
                   "West district on Sunday, police said.")
    assert told_again.actor1 == plain.actor1
    assert told_again.actor1 != "Civilians (India)"
    assert told_again.actor2 == "Civilians (India)"


def test_apposition_after_a_named_attacker_keeps_the_attacker() -> None:
    event = _event("Two villagers, a man and his daughter, were killed by gunmen in Imphal "
                   "West district on Sunday, police said.")
    assert event.actor1 == "Unidentified Armed Group (India)"
    assert event.actor2 == "Civilians (India)"
