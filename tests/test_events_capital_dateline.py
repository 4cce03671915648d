"""An event told only as "in the capital" under a dateline from that capital took place in
the dateline's city; a dateline from another city places nothing."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.events import capitals
from eventcoder.records import Event


def _event(text: str) -> Event:
    return next(r for r in extract(text, published="2022-08-21") if isinstance(r, Event))


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("Car bomb kills nine in Somalia\n\nMOGADISHU, Aug 21 (Reuters) - A car bomb "
         "exploded outside a hotel in the Somali capital, killing at least nine people, "
         "police said.", "Mogadishu", "Banadir"),
        ("BAGHDAD (AP) - Two rockets struck near a military base in Iraq's capital on "
         "Sunday, wounding three soldiers, the military said.", "Baghdad", "Baghdad"),
    ],
)
def test_events_capital_dateline_places_the_event(text: str, place: str, admin1: str) -> None:
    event = _event(text)
    assert (event.location.place, event.location.admin1) == (place, admin1)
    assert event.location.reason is not None and "capital" in event.location.reason


def test_events_dateline_of_another_city_places_nothing() -> None:
    event = _event("MAZAR-I-SHARIF, Aug 21 (Reuters) - A bomb blast at a mosque in the Afghan "
                   "capital killed at least 11 worshippers, police said.")
    assert event.location.place != "Mazar-e Sharif"


def test_capitals_come_from_the_shipped_table() -> None:
    assert capitals()["SO"] == "mogadishu"
    assert capitals()["NG"] == "abuja"
