"""What others did after a deed, told in a later sentence ("Border guards closed the
crossing"), names no side of the deed: not its doer, not whom it struck."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2025-03-18") if isinstance(r, Event)]


@pytest.mark.parametrize("after", [
    "Border guards closed the crossing for several hours.",
    "Border guards later sealed off the road.",
])
def test_events_aftermath_names_no_side(after: str) -> None:
    [event] = _events("A drone strike hit a truck near the Nasib crossing on Tuesday, killing "
                      f"two drivers. No group immediately claimed the strike. {after}")
    # (a drone strike nobody is named for: ACLED's unidentified military forces)
    assert event.actor1 == "Unidentified Military Forces"
    assert event.actor2 is None or "Military" not in event.actor2


def test_events_aftermath_a_force_that_struck_still_acts() -> None:
    [event] = _events("A bomb exploded near a market in Kismayo on Tuesday. Al-Shabaab "
                      "fighters later claimed the blast.")
    assert event.actor1 == "Al Shabaab"
