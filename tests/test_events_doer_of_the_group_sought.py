"""A device "planted by the terrorists" that struck a force out after a named group ("a
search operation for the Daesh remnants") is that group's; with no group sought, or two,
the doer stays unnamed."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in extract(text, published="2022-08-26") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return events[0]


@pytest.mark.parametrize("sought", [
    "a search operation for the Daesh remnants",
    "an operation against the remnants of ISIS",
])
def test_events_doer_of_the_group_sought(sought: str) -> None:
    event = _event(
        "Three soldiers were wounded on Wednesday when an explosive device planted by the "
        f"terrorists went off on an army force carrying out {sought} near Tuz Khurmatu.")
    assert (event.actor1, event.actor2) == ("Islamic State", "Iraqi Security Forces")


def test_events_doer_unnamed_with_no_group_sought() -> None:
    event = _event(
        "Three soldiers were wounded on Wednesday when an explosive device planted by the "
        "terrorists went off on an army force near Tuz Khurmatu.")
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
