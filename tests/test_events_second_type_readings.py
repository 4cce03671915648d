"""Readings of the event's type told by what was struck and how.

A convoy, patrol or post of the state's forces struck is a clash; a gathering struck by an
armed group is an attack on civilians; a suicide bomber taken before the blast is
disrupted weapons use, and explosives worn on the body or a vehicle laden with them make
a suicide bombing; those a fight drove off are no crowd fighting in it; fields and masts
destroyed are property destruction; taxes collected by an armed group and troops moved
are changes to a group's activity.
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the state's forces struck: a clash
        ("On 9 April 2022, a military convoy came under attack by insurgents near Tessit "
         "(Ansongo, Gao). 6 fatalities.", "armed_clash"),
        ("On 9 April 2022, an army base came under attack by suspected rebels near Rutshuru "
         "(Rutshuru, North Kivu). 3 fatalities.", "armed_clash"),
        # passengers shot at a checkpoint stay an attack on civilians
        ("On 9 April 2022, soldiers opened fire on a taxi at a checkpoint in Kananga (Kananga, "
         "Kasai-Central), killing three passengers. 3 fatalities.", "attack"),
        # those a fight drove off are no crowd in it, nor a side of it
        ("On 9 April 2022, clashes near Walikale (Walikale, North Kivu) forced 700 families "
         "to flee. 3 fatalities.", "armed_clash"),
        ("On 9 April 2022, fighting in Ndélé (Ndele, Bamingui-Bangoran) forced residents to "
         "flee. 2 fatalities.", "armed_clash"),
        # two families fighting stay a brawl
        ("On 9 April 2022, clashes between two families in Walikale (Walikale, North Kivu) "
         "left two dead. 2 fatalities.", "mob_violence"),
        # a gathering struck by an armed hand
        ("On 9 April 2022, traders protesting new market fees were attacked by gunmen in "
         "Sokoto (Sokoto North, Sokoto). 2 fatalities.", "attack"),
        ("On 9 April 2022, unidentified assailants fired on students demonstrating over "
         "tuition in Mosul (Mosul, Ninewa). 1 fatality.", "attack"),
        # the police's force stays force against protesters
        ("On 9 April 2022, police fired live rounds on students demonstrating over tuition in "
         "Mosul (Mosul, Ninewa), killing one. 1 fatality.", "excessive_force_against_protesters"),
        # the bomber taken before the blast
        ("On 9 April 2022, a suicide bomber was arrested before detonating his vest at a "
         "bus station in Damaturu (Damaturu, Yobe).", "disrupted_weapons_use"),
        ("On 9 April 2022, vigilantes apprehended a would-be suicide bomber at the gate of a "
         "mosque in Gombe (Gombe, Gombe).", "disrupted_weapons_use"),
        # a bomber whose vest went off
        ("On 9 April 2022, a suicide bomber detonated his vest after being stopped at a "
         "checkpoint in Damaturu (Damaturu, Yobe). 4 fatalities.", "suicide_bomb"),
        ("On 9 April 2022, a young man detonated explosives hidden under his clothes at a "
         "cattle market in Dikwa (Dikwa, Borno). 5 fatalities.", "suicide_bomb"),
        ("On 9 April 2022, a militant drove a truck laden with explosives into the gate of a "
         "base in Jowhar (Jowhar, Middle Shabelle). 3 fatalities.", "suicide_bomb"),
        ("On 9 April 2022, a militant drove an explosives-laden truck into the gate of a "
         "base in Jowhar (Jowhar, Middle Shabelle). 3 fatalities.", "suicide_bomb"),
        # fields and masts destroyed
        ("On 9 April 2022, militants torched a barley field near Tuz Khurmatu (Tuz Khurmatu, "
         "Salah al-Din).", "looting_property_destruction"),
        ("On 9 April 2022, insurgents destroyed a telecom mast in Jilib (Jilib, Middle Juba).",
         "looting_property_destruction"),
        # taxes collected, troops moved
        ("On 9 April 2022, militants collected taxes from herders in Ansongo (Ansongo, Gao).",
         "change_to_group_activity"),
        ("On 9 April 2022, the army redeployed troops from Kousseri (Logone-et-Chari, Far "
         "North) to Mora (Mayo-Sava, Far North).", "change_to_group_activity"),
    ],
)
def test_sub_event_type(text: str, sub_event_type: str) -> None:
    assert _main(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("vehicle", ["a van laden with explosives", "an explosives-laden van"])
def test_a_vehicle_bomb_that_opened_a_raid_is_the_raid(vehicle: str) -> None:
    text = ("Insurgents overran a police outpost near Dhusamareb on Friday, killing five "
            "officers, a local commander said. The attackers first rammed " + vehicle +
            " into the outer wall before gunmen rushed in. Six of the attackers died in the "
            "fighting that followed.")
    events = [r for r in extract(text, published="2021-03-13") if isinstance(r, Event)]
    assert events[0].sub_event_type == "armed_clash"


@pytest.mark.parametrize("vehicle", ["a van laden with explosives", "an explosives-laden van"])
def test_a_vehicle_bomb_alone_is_a_suicide_bombing(vehicle: str) -> None:
    text = ("A militant rammed " + vehicle + " into the outer wall of a police outpost near "
            "Dhusamareb on Friday, killing five officers, a local commander said.")
    events = [r for r in extract(text, published="2021-03-13") if isinstance(r, Event)]
    assert events[0].sub_event_type == "suicide_bomb"
