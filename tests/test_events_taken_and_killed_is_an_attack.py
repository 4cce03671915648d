"""People taken who were killed in the taking are an attack, as ACLED codes them (its
abductions count no dead); the takers killed leave the taking an abduction."""

from __future__ import annotations

import pytest

from tests.conftest import lead_event


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 28 April 2021, armed men kidnapped three farmers near Tame, Arauca, and killed "
         "them. 3 fatalities.", 3),
        ("On 12 June 2019, Taliban militants abducted and killed two teachers in Maymana, "
         "Faryab.", 2),
        ("On 4 May 2022, gunmen kidnapped a trader in Uruapan, Michoacan; his body was found "
         "the next day. 1 fatality.", 1),
    ],
)
def test_events_taken_and_killed_are_an_attack(text: str, fatalities: int) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.fatalities) == ("attack", fatalities)


@pytest.mark.parametrize(
    "text",
    [
        "On 8 February 2022, ELN guerrillas kidnapped a cattle rancher for ransom near "
        "Saravena, Arauca.",
        # the takers killed, not those they took: the taking stays
        "On 8 February 2022, gunmen kidnapped two traders near Kano, Kano; police later "
        "killed one of the kidnappers.",
    ],
)
def test_events_taken_and_not_killed_stay_abducted(text: str) -> None:
    assert lead_event(text).sub_event_type == "abduction_forced_disappearance"
