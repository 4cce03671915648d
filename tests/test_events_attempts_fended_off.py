"""A taking told as only tried ("tried to overrun a base but were repelled", "foiled an
attempt by X to overrun") is a fight with nothing taken, and whose attempt it was made the
attack: the side that fended it off, or by whom it was repelled, suffered it."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, published="2024-05-15") if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "Troops foiled an attempt by ISWAP fighters to overrun a base in Marte on Monday, "
        "killing 9 of the attackers.",
        "ISWAP fighters tried to overrun a base in Marte on Monday but were repelled by "
        "troops, who killed 9 of them.",
    ],
)
def test_the_tried_taking_is_a_fight_of_the_attempting_side(text: str) -> None:
    event = _event(text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "armed_clash", "Islamic State West Africa Province", "Military Forces of Nigeria")
    assert event.assoc_actor_1 == []


def test_a_side_repulsed_after_its_attack_made_it() -> None:
    event = _event("Al-Shabaab fighters attacked a base near Jilib on Monday but were "
                   "repulsed by Somali troops.")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia")


def test_a_taking_done_stays_a_taking() -> None:
    event = _event("ISWAP fighters overran a base in Marte on Monday, killing 9 soldiers.")
    assert event.sub_event_type == "non_state_actor_overtakes_territory"
