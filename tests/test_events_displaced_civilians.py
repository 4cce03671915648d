"""Civilians a report tells displaced have ACLED's Refugees/IDPs beside them (texts
written for these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.events import _DISPLACED, _DISPLACED_GATE
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2022-10-12")
              if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "group"), [
    ("On 10 October 2022, near Lay Kay village, Kayin State, fighting between the army and "
     "the KNLA forced some 300 villagers to flee their homes.", "Refugees/IDPs (Myanmar)"),
    ("On 11 October 2022, about 150 residents of Barangay Lumbac, Datu Piang, Maguindanao, "
     "were displaced after a clash between the army and the BIFF.",
     "Refugees/IDPs (Philippines)"),
])
def test_events_displaced_civilians_are_idps(text: str, group: str) -> None:
    event = _event(text)
    assert event.actor1 is not None and event.actor1.startswith("Civilians")
    assert group in event.assoc_actor_1, event.assoc_actor_1


@pytest.mark.parametrize("text", [
    "villagers fled", "were displaced", "the evacuation of families", "forced from their homes",
    "forced out of their homes", "residents began to flee", "a displacement camp",
])
def test_events_displaced_gate_holds_every_match(text: str) -> None:
    assert _DISPLACED.search(text) is not None
    assert any(word in text for word in _DISPLACED_GATE)


@pytest.mark.parametrize("text", ["the fleet docked", "forced labour", "reflected"])
def test_events_displaced_reading_needs_the_word(text: str) -> None:
    assert _DISPLACED.search(text) is None
