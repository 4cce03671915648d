"""Weapons a group is told to bear are its kit, not an act: the act is the verb."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "The raiders, armed with heavy weapons, opened fire on villagers in Bokkos on "
        "Tuesday, killing six people, police said.",
        "Militants equipped with heavy machine guns stormed a farm near Damboa on Friday and "
        "shot dead two herders.",
        "Gunmen carrying heavy weapons attacked a bus near Zurmi on Monday, killing five "
        "passengers.",
    ],
)
def test_events_weapons_borne_are_not_shelling(text: str) -> None:
    event = _main(text)
    assert event.sub_event_type != "shelling_artillery_missile_attack", event.sub_event_type
    assert event.sub_event_type in {"attack", "armed_clash"}, event.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired mortars at an army base near Bunia on Sunday, wounding four soldiers.",
        "Artillery shelled the outskirts of Avdiivka overnight, killing two civilians.",
    ],
)
def test_events_weapons_fired_stay_shelling(text: str) -> None:
    assert _main(text).sub_event_type == "shelling_artillery_missile_attack"


def test_events_rpgs_borne_in_a_storming_are_the_fight() -> None:
    # rocket-propelled grenades name no artillery: a police station stormed is the fight
    assert _main("Gunmen armed with rocket-propelled grenades stormed a police station in "
                 "Afgoye on Monday, wounding three officers.").sub_event_type == "armed_clash"
