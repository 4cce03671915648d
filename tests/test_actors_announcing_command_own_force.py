"""Translated raid releases: the force that acted, told after the command announcing it."""
from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, published="2024-10-06", doc_id="d")
                if isinstance(r, Event)]
    return event


@pytest.mark.parametrize("text", [
    "The Counter-Terrorism Service announced that a force of its heroes carried out an "
    "airdrop on a cave in the Makhoul mountains, killing two terrorists.",
    "The Counter-Terrorism Service said that its heroes stormed a hideout in the Makhoul "
    "mountains, killing two terrorists.",
])
def test_the_commands_own_men_make_the_command_the_actor(text: str) -> None:
    assert _event(text).actor1 == "Counter Terrorism Service"


def test_another_force_it_names_still_acts() -> None:
    event = _event("The Joint Operations Command announced that a force from the heroes of "
                   "the Counter-Terrorism Service carried out an airdrop on a cave in the "
                   "Makhoul mountains, killing two terrorists.")
    assert event.actor1 == "Counter Terrorism Service"


def test_a_group_whose_hideout_was_raided_is_no_associate_of_the_raiders() -> None:
    event = _event("Federal Police carried out a raid on an ISIS hideout near Tuz Khurmatu, "
                   "killing two terrorists.")
    assert event.actor1 == "Police Forces of Iraq"
    assert "Islamic State" not in event.assoc_actor_1
    assert event.actor2 == "Islamic State"


def test_a_partner_told_with_the_commands_own_men_is_associated() -> None:
    event = _event("The Counter-Terrorism Service announced that a force of its heroes, in "
                   "cooperation with the Peshmerga, carried out a raid near Qara Tapa, "
                   "killing two terrorists.")
    assert event.actor1 == "Counter Terrorism Service"
    assert event.assoc_actor_1 == ["Peshmerga"]
