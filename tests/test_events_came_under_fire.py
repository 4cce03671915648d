"""A post, position or convoy that "came under fire" or "came under attack" was struck: an
armed clash, or shelling where the fire is artillery or mortar fire; the side the fire came
from, told by its adjective ("came under Russian fire"), made the attack."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-06-20") if isinstance(r, Event)]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian army positions near Kamianka came under Russian fire on Thursday.",
        "Ukrainian army positions near Kamianka came under heavy fire on Thursday.",
    ],
)
def test_positions_under_fire_are_a_clash(text: str) -> None:
    (event,) = _events(text)
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert event.actor2 == "Armed Forces of Ukraine"


def test_the_side_whose_fire_it_was_made_the_attack() -> None:
    (event,) = _events("Ukrainian army positions near Kamianka came under Russian fire on "
                       "Thursday.")
    assert event.actor1 == "Russian Armed Forces"


def test_mortar_fire_is_shelling() -> None:
    (event,) = _events("Ukrainian army positions came under Russian mortar fire near "
                       "Kamianka on Thursday.")
    assert event.sub_event_type == "shelling_artillery_missile_attack"
    assert (event.actor1, event.actor2) == ("Russian Armed Forces", "Armed Forces of Ukraine")


def test_posts_told_with_their_place_were_the_ones_struck() -> None:
    (event,) = _events("Afghan army posts in Nad Ali came under Taliban attack on Sunday.")
    assert (event.event_type, event.actor1, event.actor2) == (
        "battles", "Taliban", "Military Forces of Afghanistan")
