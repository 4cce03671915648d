"""Grenades or a suicide vest listed among the arms a raid seized were taken, not used: the
raid is no grenade or suicide bombing; and "The forces" told after a force and the partner
backing it ("supported by coalition advisers") are the force, not the partner."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-03-15") if isinstance(r, Event)]


_RAIDS = [
    "Kurdish Asayish forces raided a hideout near Amuda on Monday and seized two "
    "Kalashnikovs, four hand grenades and ammunition.",
    "Iraqi security forces conducted a raid on a hideout near Ishaqi on Monday. The forces "
    "detained three suspects and seized rifles, two hand grenades, a suicide vest and "
    "ammunition.",
    "Police raided a house in Duhok on Sunday and confiscated an explosive belt and a pistol.",
]


@pytest.mark.parametrize("text", _RAIDS)
def test_arms_seized_name_no_weapon_used(text: str) -> None:
    events = _events(text)
    assert events
    assert all(e.sub_event_type not in {"grenade", "suicide_bomb"} for e in events)


def test_a_grenade_thrown_is_still_a_grenade_attack() -> None:
    text = ("Police seized the man who threw a hand grenade at a checkpoint in Duhok on "
            "Sunday, wounding two officers.")
    assert _events(text)[0].sub_event_type == "grenade"


def test_the_forces_after_a_backed_force_are_that_force() -> None:
    text = ("Iraqi security forces, supported by coalition advisers, conducted a raid on a "
            "hideout near Ishaqi on Monday. The forces detained three suspects and seized "
            "rifles, two hand grenades, a suicide vest and ammunition.")
    (event,) = _events(text)
    assert event.actor1 is not None
    assert "Coalition" not in (event.actor_acled_names.get(event.actor1, event.actor1))
    assert event.actor1 == "Iraqi Security Forces"
