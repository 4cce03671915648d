"""A vehicle taken by force with those aboard ("hijacked a passenger bus", "a taxi was
hijacked", "the hijackers") is the taking of people: ACLED's abduction, which the GTD
evaluation reads as a hostage taking, an attack type its scorer accepts for GTD's
hijacking. A hijacked debate or rally is no such deed."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.gtd import attack_type_agrees, gtd_attack_type
from tests.found_records import main_event_of

HIJACKINGS = [
    "03/14/1997: Assailants hijacked a passenger bus travelling from Tumbes to Piura, Peru, "
    "and robbed the passengers before releasing them unharmed. No group claimed "
    "responsibility for the incident.",
    "11/02/2008: Gunmen hijacked two fuel tankers on the highway near Jamrud, Khyber "
    "Agency, Pakistan, and drove off with the drivers. No group claimed responsibility.",
    "07/22/1985: A taxi was hijacked by three armed men in Sukhumi, Georgia, and its driver "
    "was forced to drive them to the coast, where he was released.",
    "02/09/1993: Militants hijacked a ferry with 40 people aboard off Basilan island, "
    "Philippines, and held the crew for two days before they were freed.",
    "05/30/2014: The hijackers of a minibus near Garissa, Kenya, released the passengers "
    "after a ransom was paid.",
    "08/24/1984: Assailants hijacked an Indian Airlines passenger jet shortly after takeoff "
    "from Chandigarh, Punjab, India. All passengers were freed unharmed two days later.",
]

NOT_HIJACKINGS = [
    "06/03/2019: Police said rioters hijacked the rally in Lagos, Nigeria, and set two "
    "cars on fire.",
    "09/12/2017: Students in Nairobi, Kenya, accused the party of having hijacked the "
    "debate; the protest ended peacefully.",
]


@pytest.mark.parametrize("text", HIJACKINGS)
def test_a_hijacked_vehicle_is_the_taking_of_those_aboard(text: str) -> None:
    event = main_event_of(text)
    assert event.sub_event_type == "abduction_forced_disappearance", event.notes
    assert attack_type_agrees("Hijacking", gtd_attack_type(event))


@pytest.mark.parametrize("text", NOT_HIJACKINGS)
def test_a_hijacked_rally_or_debate_is_no_abduction(text: str) -> None:
    assert main_event_of(text).sub_event_type != "abduction_forced_disappearance"
