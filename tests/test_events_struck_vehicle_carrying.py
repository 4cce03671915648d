"""Those a struck vehicle carried ("hit a car carrying two senior al-Shabaab commanders")
were struck with it: never the attacker, whoever struck."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, published="2024-05-15") if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("A drone strike hit a car carrying two senior al-Shabaab commanders near Jilib on "
         "Monday, killing both.", "Al Shabaab"),
        ("An airstrike destroyed a truck transporting Boko Haram fighters near Gwoza on "
         "Monday, killing six.", "Boko Haram"),
        ("An airstrike on a pickup carrying Boko Haram fighters near Gwoza killed six on "
         "Monday.", "Boko Haram"),
    ],
)
def test_the_carried_group_was_struck(text: str, struck: str) -> None:
    event = _event(text)
    assert event.actor1 != struck
    assert event.actor2 == struck


def test_the_striker_named_stays_the_attacker() -> None:
    event = _event("A US drone strike hit a vehicle carrying al-Shabaab fighters near Jilib "
                   "on Monday, killing four.")
    assert (event.actor1, event.actor2) == ("US forces", "Al Shabaab")


def test_a_group_that_ambushed_a_carrying_truck_is_the_attacker() -> None:
    event = _event("Al-Shabaab fighters ambushed a truck carrying soldiers near Jilib on "
                   "Monday, killing four.")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia")
