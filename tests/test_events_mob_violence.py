"""Fights among unarmed people are ACLED's mob violence, not battles or attacks.

A brawl between villagers that police and gendarmes broke up, stone-throwing youths facing
a foreign army with no firearm named, a deadly clash between two men's followers, a crowd
of a dozen beating traders, a woman beaten as a witch: riots, with the force that met the
crowd as the second side. Two forces of one state fighting each other stay a battle.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Event
from tests.conftest import lead_event


def _event(text: str) -> Event:
    return lead_event(text)


def _acled(event: Event, name: str | None) -> str:
    return event.actor_acled_names.get(name or "", name or "")


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("On 12 March 2021, about 25 policemen and gendarmes intervened in a fight between "
         "dozens of villagers in Turda, Cluj. Nine people were detained for fighting.",
         "Police Forces of Romania"),
        ("On 3 July 2021, a fight broke out between some 40 travellers and police personnel "
         "at a checkpoint near Nepalgunj, Banke, Nepal after they were stopped at the "
         "border by the security personnel.", "Forces of Nepal"),
    ],
)
def test_events_mob_violence_forces_of_one_state_are_one_side(text: str, force: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("riots", "mob_violence")
    assert (event.actor1 or "").startswith("Rioters")
    assert force in _acled(event, event.actor2)


def test_events_mob_violence_a_foreign_force_told_twice_is_one_side() -> None:
    event = _event(
        "On 8 June 2021, clashes erupted between Palestinian youths and Israeli forces in "
        "Beit Fajjar near Bethlehem, while Israeli forces carried out arrest raids in a "
        "nearby village.")
    assert (event.event_type, event.sub_event_type) == ("riots", "mob_violence")


def test_events_mob_violence_a_deadly_clash_of_unarmed_followers() -> None:
    event = _event(
        "On 19 August 2021, two people were killed and eight injured in a clash between "
        "followers of a sitting and a former union council chairman in Ullapara, Sirajganj, "
        "Bangladesh over control of a fish market.")
    assert (event.event_type, event.sub_event_type) == ("riots", "mob_violence")


@pytest.mark.parametrize(
    "text",
    [
        ("On 2 February 2021, in Tepoztlan, Morelos, a group of about 15 men with covered "
         "faces attacked street vendors for staying open after the curfew, using sticks."),
        ("On 17 October 2021, an elderly woman was beaten and her hair cut off in Kurdeg, "
         "Simdega, Jharkhand after villagers branded her a witch. Police arrested six "
         "people."),
        ("On 5 November 2021, two men were beaten and tied to a tree in Dumka, Jharkhand on "
         "suspicion of witchcraft after a child fell ill in the village."),
    ],
)
def test_events_mob_violence_a_crowd_beating_people(text: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("riots", "mob_violence")
    assert (event.actor1 or "").startswith("Rioters")


def test_events_mob_violence_two_forces_of_one_state_fight_a_battle() -> None:
    event = _event(
        "On 22 May 2021, forces of the Government of National Accord clashed with Haftar "
        "forces south of Tripoli, Libya. Two fighters were killed.")
    assert event.event_type == "battles"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a crowd's violence with no demonstration nor grievance told: mob violence
        ("On 12 June 2021, in Kolhapur (Maharashtra), residents hurled stones at a police team "
         "that had come to enforce a curfew. Two constables were hurt.", "mob_violence"),
        ("On 3 March 2021, in Itagui, Antioquia, inmates rioted inside the municipal jail and "
         "set mattresses on fire.", "mob_violence"),
        # a grievance or a blocked street tells a demonstration turned violent
        ("On 3 March 2021, in Soweto, Gauteng, residents burned tyres and threw rocks at "
         "passing cars in response to long power cuts.", "violent_demonstration"),
        ("On 3 March 2021, in Lusaka, protesters demanding higher wages hurled stones at "
         "police.", "violent_demonstration"),
    ],
)
def test_crowd_violence_without_a_demonstration_is_mob_violence(text: str, sub: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("riots", sub)
