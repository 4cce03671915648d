"""A drone or missile intercepted or shot down by air defences is a weapon disrupted
(ACLED's "disrupted weapons use"), not a strike on the ground, and kills nobody; the
debris of one that the text tells hitting something makes the strike."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _main(text: str) -> Event:
    event = main_event(list(extract(text, published="2024-06-03")))
    assert event is not None, text
    return event


@pytest.mark.parametrize("text", [
    "BELGOROD, Russia, June 3 (Reuters) - Russian air defences intercepted a Ukrainian drone "
    "over the Kursk region overnight, the defence ministry said on Monday.",
    "KYIV, June 3 (Reuters) - Ukrainian air defences shot down nine Russian drones over the "
    "Odesa and Mykolaiv regions overnight, the air force said on Monday.",
    "RIYADH, June 3 (Reuters) - Saudi air defences intercepted a drone launched by the "
    "Houthis towards the southern city of Jazan on Monday, the coalition said.",
])
def test_an_interception_is_no_strike(text: str) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (
        "strategic_developments", "disrupted_weapons_use"), event.sub_event_type
    assert not event.fatalities


def test_debris_told_hitting_a_building_is_a_strike() -> None:
    event = _main("KYIV, June 3 (Reuters) - Ukrainian air defences shot down nine Russian "
                  "drones over the Odesa region overnight, but debris from one of them hit "
                  "a warehouse in the port of Izmail, wounding two workers, the governor "
                  "said.")
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", "air_drone_strike")
