"""Demonstrations and crowds read by what the crowd did, not by the words they share with
artillery or with an armed attack.

"Tear gas shells" are what the police disperse a crowd with; "Grad" inside a Balkan place's
name ("Novi Grad") is the word for town; a dharna is a sit-in. A crowd that throws stones or
is called rioters does ACLED's riot even where "attacked the police" or "clashed" would read
as an attack or a battle; a road blocked with tyres set alight is a violent demonstration.
"""

from __future__ import annotations

import pytest

from eventcoder.actors import lower_ascii
from eventcoder.events import _no_artillery
from eventcoder.records import Event
from tests.conftest import lead_event


def _event(text: str) -> Event:
    return lead_event(text)


def test_events_crowd_tear_gas_shells_are_no_shelling() -> None:
    event = _event(
        "On 12 March 2021, police lobbed tear gas shells to scatter hundreds of farm labourers "
        "who pelted stones on the highway near Nashik, Maharashtra, demanding their unpaid "
        "wages.")
    assert event.event_type == "riots"
    assert (event.actor1 or "").startswith("Rioters (India)")


def test_events_crowd_a_grad_in_a_place_name_is_no_rocket() -> None:
    event = _event(
        "On 9 October 2021, tenants of a housing block in Novi Grad, Bosnia and Herzegovina, "
        "protested against the closure of the local clinic.")
    assert (event.event_type, event.sub_event_type) == ("protests", "peaceful_protest")


@pytest.mark.parametrize(
    ("text", "no_weapon"),
    [
        ("police fired tear gas shells at them", True),
        ("police fired teargas shells at them", True),
        ("troops fired artillery shells at them", False),
        ("residents of Gornji Grad marched", True),
        ("rebels fired Grad rockets at the town", False),
        ("rebels fired a BM-21 Grad at the town", False),
    ],
)
def test_events_crowd_no_artillery_reading(text: str, no_weapon: bool) -> None:
    folded = lower_ascii(text)
    word = "shells" if "shells" in text else "Grad"
    start = text.index(word)
    assert _no_artillery(text, folded, start, start + len(word)) is no_weapon


def test_events_crowd_shelling_still_read_as_shelling() -> None:
    event = _event(
        "On 5 June 2022, separatist forces fired Grad rockets at residential areas of "
        "Kramatorsk, Ukraine, wounding three civilians.")
    assert event.event_type == "explosions_remote_violence"


@pytest.mark.parametrize(
    "text",
    [
        ("On 18 August 2021, members of a traders' body staged a dharna outside the police "
         "station in Jorhat, Assam, demanding the arrest of the men who abducted and killed a "
         "shopkeeper last week."),
        ("On 18 August 2021, dozens of nurses sat on a dharna in front of the civil hospital "
         "in Ludhiana, Punjab, over the delayed payment of their salaries."),
    ],
)
def test_events_crowd_a_dharna_is_a_protest(text: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("protests", "peaceful_protest")
    assert (event.actor1 or "").startswith("Protesters (India)")


def test_events_crowd_tyres_set_on_fire_across_a_road_is_a_riot() -> None:
    event = _event(
        "On 2 February 2022, about 40 villagers blocked the federal highway near Oaxaca, Mexico "
        "with tires and pallets on fire to demand the return of the water supply.")
    assert (event.event_type, event.sub_event_type) == ("riots", "violent_demonstration")
    assert (event.actor1 or "").startswith("Rioters (Mexico)")


@pytest.mark.parametrize(
    "text",
    [
        ("On 11 July 2021, two groups clashed and hurled stones at each other in a village "
         "of Gaya district, Bihar, after a police constable fired shots at farmers over a "
         "quarrel at a well."),
        ("On 26 October 2021, rioters torched two police pickets in Sopore, Jammu and Kashmir "
         "over the killing of a local youth."),
    ],
)
def test_events_crowd_deed_outweighs_attack_and_clash(text: str) -> None:
    event = _event(text)
    assert event.event_type == "riots"
    assert (event.actor1 or "").startswith("Rioters (India)")


def test_events_crowd_armed_men_attacking_police_stay_a_battle() -> None:
    event = _event(
        "On 4 April 2022, gunmen attacked a police patrol near Zamfara, Nigeria, killing two "
        "officers; the attackers also threw stones at a passing bus.")
    assert event.event_type != "riots"


@pytest.mark.parametrize(
    "text",
    [
        ("On 9 February 2022, a minibus belonging to a pastor was set alight by suspected "
         "community members in Soweto, Gauteng, South Africa, after a dispute over a church "
         "plot."),
        ("On 9 February 2022, the stall of a trader was torched by angry residents in Kumasi, "
         "Ghana, who accused him of selling stolen phones."),
    ],
)
def test_events_crowd_property_burned_by_a_community_is_a_riot(text: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("riots", "mob_violence")
    assert (event.actor1 or "").startswith("Rioters")


def test_events_crowd_property_burned_by_armed_men_stays_destruction() -> None:
    event = _event(
        "On 9 February 2022, gunmen set alight three trucks belonging to a mining company near "
        "Kalemie, Democratic Republic of Congo.")
    assert event.event_type != "riots"
