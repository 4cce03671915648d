"""Fighting told with an armed party's attack on a garrison ("fighting broke out as the
rebels attacked the headquarters of the army's 5th Infantry Division") is a battle between
armed sides, though no firearm is named and the garrison is no named actor: never a crowd's
mob violence. A crowd's attack on a police post is still a riot."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, doc_id="t", published="2024-03-12")
                if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "Fierce fighting broke out on Sunday in the town of Malakal in Upper Nile state as "
        "the Rapid Support Forces (RSF) attacked the headquarters of the army's 5th Infantry "
        "Division.",
        "Heavy fighting erupted on Sunday near Kosti after the Rapid Support Forces launched "
        "an attack on a military base outside the town.",
    ],
)
def test_attack_on_a_garrison_is_a_battle(text: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert event.actor1 == "Rapid Support Forces"


def test_a_crowds_attack_on_a_police_post_is_still_a_riot() -> None:
    event = _event("Fighting broke out between villagers and police in Kosti on Sunday after "
                   "an attack on a police post by a crowd.")
    assert event.event_type == "riots"
