"""Strikes told as targets struck, and drones launched at a target, are air or drone strikes
(texts written for these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published="2024-03-05")
            if isinstance(r, Event) and not r.background]


@pytest.mark.parametrize(("text", "actor1"), [
    ("U.S. forces struck 12 militant targets in Somalia on Saturday, the command said.",
     None),
    ("The Israeli military said it struck Hezbollah targets near Tyre overnight.",
     "Israel Defense Forces"),
    ("Coalition forces struck three ISIS targets in eastern Syria on Tuesday.", None),
    ("Houthi forces launched two drones at a Saudi border post near Najran on Sunday.",
     "Houthis"),
    ("The militia launched explosive drones against a US base in Erbil on Monday.", None),
])
def test_targets_struck_and_drones_launched_are_air_or_drone_strikes(
        text: str, actor1: str | None) -> None:
    events = _events(text)
    assert events, text
    assert (events[0].event_type, events[0].sub_event_type) == (
        "explosions_remote_violence", "air_drone_strike")
    if actor1 is not None:
        assert events[0].actor1 == actor1


@pytest.mark.parametrize("text", [
    "Union leaders struck a deal with the ministry on Monday.",
    "The company launched a new delivery drone at a trade fair in Dubai.",
])
def test_other_strikes_and_launches_are_no_strikes(text: str) -> None:
    assert all(e.sub_event_type != "air_drone_strike" for e in _events(text))
