"""Dead or hurt "citizens", as copy translated from Arabic and Kurdish calls civilians,
are civilians."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in extract(text, published="2024-08-21") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return events[0]


@pytest.mark.parametrize("citizens", ["Three citizens were", "A citizen was"])
def test_casualties_citizens_are_civilians(citizens: str) -> None:
    event = _event(f"{citizens} killed when a drone struck a car near Sinjar on Monday, the "
                   "mayor said.")
    assert {c.party for c in event.casualties} == {"Civilians (Iraq)"}
