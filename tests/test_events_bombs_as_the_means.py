"""An attack told by its weapon: "attacked a wedding party with bombs and swords" is an
explosion, and "an explosives-laden lorry rammed into the gate" a suicide bombing (the
vehicle was driven into its target); a vehicle "packed with bombs" or "explosives-laden"
found and defused stays disrupted weapons use."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event


def _types(text: str) -> tuple[str | None, str | None]:
    event = main_event(list(extract(text)))
    assert event is not None
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "On 14 August 2012, in Jehanabad, Bihar, India, unknown assailants attacked a wedding "
        "party with bombs and swords. Five guests were injured.",
        "On 14 August 2012, in Lakki Marwat, Khyber Pakhtunkhwa, Pakistan, an explosives-laden "
        "lorry rammed into the gate of a police station. Six people were killed.",
        "On 14 August 2012, in Jehanabad, Bihar, India, militants targeted the house of a "
        "ward councillor using crude bombs. Nobody was hurt.",
    ],
    ids=["attacked-with-bombs", "explosives-laden-lorry", "using-crude-bombs"],
)
def test_the_weapon_makes_an_explosion(text: str) -> None:
    assert _types(text)[0] == "explosions_remote_violence"


def test_a_vehicle_bomb_driven_into_its_target_is_a_suicide_bombing() -> None:
    text = ("On 14 August 2012, in Lakki Marwat, Khyber Pakhtunkhwa, Pakistan, an "
            "explosives-laden lorry rammed into the gate of a police station. Six people were "
            "killed.")
    assert _types(text) == ("explosions_remote_violence", "suicide_bomb")


@pytest.mark.parametrize(
    "text",
    [
        "On 14 August 2012, in Tikrit, Iraq, soldiers found a minibus packed with bombs "
        "outside a school and defused them.",
        "On 14 August 2012, in Tikrit, Iraq, soldiers found an explosive-laden van outside a "
        "school and defused it.",
    ],
    ids=["packed-with-bombs", "explosive-laden-parked"],
)
def test_bombs_found_in_a_vehicle_are_no_explosion(text: str) -> None:
    assert _types(text) == ("strategic_developments", "disrupted_weapons_use")
