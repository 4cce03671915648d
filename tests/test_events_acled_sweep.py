"""ACLED's one-paragraph notes of regions and years the development data lacks, under
``fixtures/acled_sweep``: each sub-event type at least twice, from Latin America, the Sahel,
East Africa, South and Southeast Asia, the Middle East, the Caucasus and Eastern Europe, and
then the commoner kinds again in other wordings; below them, the readings they showed wrong,
each tried on more notes of its own.

The notes were written for these tests. ``expected.json`` holds what an ACLED coder records of
each (``tests/analyst_readings.py`` reads it): the sub-event type, the place, the two sides and
the dead by ACLED's conventions. What it marks ``pending`` is asserted to fail, so that a
reading that comes right is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import events, extract
from eventcoder.export.common import acled_vocabulary
from eventcoder.records import Event
from tests.analyst_readings import AnalystReadings, NoteSweepTests
from tests.conftest import lead_event

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "acled_sweep")


class TestAcledSweep(NoteSweepTests):
    readings = READINGS


def test_events_acled_sweep_covers_every_sub_event_type() -> None:
    told = [event["sub_event_type"] for report in READINGS.gold.values()
            for event in report["events"]]
    twice = {kind for kind in told if told.count(kind) >= 2}
    # chemical weapons are too rare a kind to invent notes of
    assert twice == set(acled_vocabulary()["sub_event_types"]) - {"chemical_weapon"}


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("On 4 May 2019, an IED exploded as a Malian army convoy passed near Douentza, Mopti. "
         "3 soldiers were killed.", "Military Forces of Mali"),
        ("On 11 January 2022, a roadside bomb went off as a police patrol was passing through "
         "Jowhar, Middle Shabelle, wounding two officers.", "Police Forces of Somalia"),
        ("On 27 June 2018, a landmine exploded under an army vehicle near Kidal, Kidal, "
         "killing 2 soldiers.", "Military Forces of Mali"),
        ("On 8 March 2023, an explosive device blew up beneath a police truck in Tumaco, "
         "Narino.", "Police Forces of Colombia"),
        ("On 19 September 2020, gunmen opened fire when a military patrol was driving past a "
         "market in Gubio, Borno, killing one soldier.", "Military Forces of Nigeria"),
    ],
)
def test_events_acled_sweep_unit_passing_when_struck_is_the_side_struck(
        text: str, struck: str) -> None:
    event = lead_event(text)
    assert event.actor2 == struck
    assert (event.actor1 or "").startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    "text",
    [
        # no "as" or "when" before the unit: it did the deed
        "On 19 September 2020, a police patrol passed through Gubio, Borno, and arrested "
        "three suspected smugglers.",
        "On 19 September 2020, police arrested three men as they passed through a checkpoint "
        "in Gubio, Borno.",
    ],
)
def test_events_acled_sweep_unit_that_passes_on_its_own_stays_the_doer(text: str) -> None:
    assert lead_event(text).actor1 == "Police Forces of Nigeria"


def test_events_acled_sweep_passing_gate() -> None:
    for told in (" convoy passed", " patrol was passing", " vehicle drove past",
                 " team travelled", " were passing"):
        m = events._PASSING_BY.match(told)
        assert m is not None and any(w in m.group().lower() for w in events._PASSING_WORDS)
    assert events._PASSING_BY.match(" convoy exploded") is None


@pytest.mark.parametrize(
    "text",
    [
        "On 18 July 2022, about 300 residents fled their villages around Djibo, Soum, fearing "
        "an attack by militants.",
        "On 2 February 2019, some 150 families abandoned their homes in Kalemie, Tanganyika, "
        "for fear of new raids by militiamen.",
        "On 21 October 2023, hundreds of villagers were forced to leave their communities near "
        "Tumaco, Narino, afraid of violence from armed groups.",
    ],
)
def test_events_acled_sweep_flight_from_a_dreaded_attack_is_a_displacement(text: str) -> None:
    event = lead_event(text)
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "other")
    assert event.actor2 is None
    assert not (event.actor1 or "").startswith(("Unidentified", "Military", "Police"))


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the attack done, the flight after it its outcome
        ("On 18 July 2022, gunmen attacked a village near Djibo, Soum, killing four people; "
         "residents fled their homes.", "attack"),
        ("On 9 April 2022, clashes near Walikale, North Kivu, forced 700 families to flee "
         "their homes. 3 fatalities.", "armed_clash"),
        # a fear told beside a deed done is no cover for it
        ("On 18 July 2022, militants who residents feared for months attacked a market in "
         "Djibo, Soum, killing two traders.", "attack"),
    ],
)
def test_events_acled_sweep_flight_after_a_deed_keeps_the_deed(text: str,
                                                               sub_event_type: str) -> None:
    assert lead_event(text).sub_event_type == sub_event_type


def test_events_acled_sweep_dreaded_gate() -> None:
    for told in ("fearing an attack by ", "for fear of new raids by ",
                 "afraid of violence from "):
        m = events._DREADED_BY.search(told)
        assert m is not None and any(w in m.group().lower() for w in events._DREADED_WORDS)
    assert events._DREADED_BY.search("after an attack by ") is None


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        ("On 23 September 2021, angry residents set fire to the house of an alleged gang member "
         "in San Pedro Sula, Cortes.", "Rioters (Honduras)"),
        ("On 4 May 2018, villagers ransacked the office of a mining company near Oruro, "
         "Bolivia.", "Rioters (Bolivia)"),
        ("On 30 January 2024, locals burned down the shop of a trader accused of witchcraft in "
         "Nakuru, Kenya.", "Rioters (Kenya)"),
        ("On 12 August 2019, youths set ablaze two motorbikes of suspected thieves in Mbale, "
         "Uganda.", "Rioters (Uganda)"),
    ],
)
def test_events_acled_sweep_a_community_burning_property_is_mob_violence(
        text: str, rioters: str) -> None:
    event = lead_event(text)
    assert (event.event_type, event.sub_event_type) == ("riots", "mob_violence")
    assert event.actor1 == rioters


@pytest.mark.parametrize(
    "text",
    [
        # the community's houses burned by armed men: the burners are no crowd
        "On 23 September 2021, gunmen raided a village where residents were set upon and "
        "their houses set on fire, near Gusau, Zamfara.",
        "On 23 September 2021, bandits set fire to the houses of villagers in Gusau, Zamfara.",
    ],
)
def test_events_acled_sweep_property_burned_by_armed_men_is_no_riot(text: str) -> None:
    assert lead_event(text).event_type != "riots"


@pytest.mark.parametrize(
    "text",
    [
        "On 15 July 2023, CRPF personnel detected and destroyed a landmine planted on a road "
        "near Bijapur, Chhattisgarh.",
        "On 3 November 2019, soldiers found and safely detonated two IEDs near Gao, Gao.",
        "On 26 May 2022, police located and defused a pressure cooker bomb outside a school in "
        "Imphal, Manipur.",
        "On 9 January 2021, the army destroyed three improvised explosive devices on the road "
        "between Mora and Kolofata, Far North, Cameroon.",
    ],
)
def test_events_acled_sweep_a_device_found_and_destroyed_is_disrupted(text: str) -> None:
    event = lead_event(text)
    assert (event.event_type, event.sub_event_type) == (
        "strategic_developments", "disrupted_weapons_use")


@pytest.mark.parametrize(
    "text",
    [
        # the device that did the destroying went off
        "On 15 July 2023, an IED destroyed a police vehicle near Mora, Far North, Cameroon, "
        "killing two officers.",
        # one that went off as it was being removed
        "On 15 July 2023, a landmine exploded as villagers tried to remove it near Bijapur, "
        "Chhattisgarh, wounding a farmer.",
    ],
)
def test_events_acled_sweep_a_device_that_went_off_stays_a_blast(text: str) -> None:
    assert lead_event(text).sub_event_type == "remote_explosive_landmine_ied"


@pytest.mark.parametrize(
    "text",
    [
        "On 25 November 2020, Azerbaijani forces entered Kalbajar district, Kalbajar, after "
        "Armenian forces withdrew from the area under the ceasefire agreement.",
        "On 3 March 2019, Malian troops took control of Lere, Timbuktu, after the militants "
        "had left the town.",
        "On 14 June 2023, JNIM militants moved into Boni, Mopti, as the army pulled out of its "
        "camp there.",
    ],
)
def test_events_acled_sweep_taking_a_place_another_side_left_is_a_transfer(text: str) -> None:
    event = lead_event(text)
    assert (event.event_type, event.sub_event_type) == (
        "strategic_developments", "non_violent_transfer_of_territory")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # fighting before the withdrawal: the place was won
        ("On 3 March 2019, Malian troops retook Lere, Timbuktu, after heavy fighting with "
         "militants, who withdrew.", "government_regains_territory"),
        # "ceasefire agreement" is one agreement, told once
        ("On 5 May 2021, two militias signed a ceasefire agreement in Kidal, Kidal.",
         "agreement"),
    ],
)
def test_events_acled_sweep_a_place_won_or_an_agreement_stays_so(text: str,
                                                                 sub_event_type: str) -> None:
    assert lead_event(text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "On 19 March 2023, settlers cut down olive trees belonging to farmers in Turmus Ayya, "
        "West Bank.",
        "On 2 August 2018, militiamen chopped down the palm trees of a farm near Basra, Basra.",
        "On 11 October 2021, herders felled a mango grove in a village of Benue, Nigeria.",
    ],
)
def test_events_acled_sweep_trees_cut_down_are_property_destroyed(text: str) -> None:
    assert lead_event(text).sub_event_type == "looting_property_destruction"


def test_events_acled_sweep_a_tree_that_fell_is_no_event() -> None:
    found = extract("On 2 August 2018, a tree fell on a car in Basra, Basra.")
    assert not [r for r in found if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 8 November 2023, the Kenyan Defence Forces set up a forward operating base in "
         "Kiunga, Lamu, to counter Al Shabaab incursions.", "Military Forces of Kenya"),
        ("On 14 February 2019, the army established a new base in Diffa, Diffa, to fight "
         "Boko Haram.", "Military Forces of Niger"),
        ("On 1 July 2022, the army deployed 500 troops to Culiacan, Sinaloa, to confront the "
         "Sinaloa Cartel.", "Military Forces of Mexico"),
    ],
)
def test_events_acled_sweep_the_foe_a_base_is_meant_against_is_no_side(text: str,
                                                                       actor1: str) -> None:
    event = lead_event(text)
    assert event.event_type == "strategic_developments"
    assert (event.actor1, event.actor2) == (actor1, None)


def test_events_acled_sweep_a_base_set_up_after_driving_out_a_force_keeps_it() -> None:
    event = lead_event("On 1 July 2022, Al Shabaab militants established a base in Kiunga, Lamu, "
                  "after driving out Kenyan troops.")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Kenya")


def test_events_acled_sweep_aimed_at_gate() -> None:
    for told in ("to counter Al ", "to fight the ", "in order to combat ",
                 "to secure the road against "):
        assert events._AIMED_AT.search(told) is not None
    assert events._AIMED_AT.search("after driving out ") is None


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("On 9 June 2018, a US drone strike targeted a vehicle carrying suspected AQAP members "
         "in Shabwah, killing 3.", ("US forces", "Al Qaeda in the Arabian Peninsula")),
        ("On 2 April 2021, a Nigerian Air Force jet struck a camp of suspected Boko Haram "
         "fighters near Gwoza, Borno, killing 12.", ("Military Forces of Nigeria", "Boko Haram")),
        ("On 15 August 2019, Somali troops killed two suspected Al Shabaab militants near "
         "Afgoye, Lower Shabelle.", ("Military Forces of Somalia", "Al Shabaab")),
    ],
)
def test_events_acled_sweep_suspects_struck_are_struck_not_suspected_of_it(
        text: str, sides: tuple[str, str]) -> None:
    event = lead_event(text)
    assert (event.actor1, event.actor2) == sides


def test_events_acled_sweep_suspects_who_struck_stay_the_doers() -> None:
    event = lead_event("On 9 June 2018, suspected AQAP militants attacked a checkpoint in Shabwah, "
                  "killing 3 soldiers.")
    assert event.actor1 == "Al Qaeda in the Arabian Peninsula"


def test_events_acled_sweep_suspects_struck_gate() -> None:
    for told in ("a vehicle carrying suspected ", "killing two suspected ",
                 "targeted suspected members of the "):
        assert events._SUSPECTS_STRUCK.search(told) is not None
    assert events._SUSPECTS_STRUCK.search("On Monday, suspected ") is None


@pytest.mark.parametrize(
    "text",
    [
        "On 2 July 2022, two clans settled a decades-old feud in a reconciliation ceremony in "
        "Marawi, Lanao del Sur.",
        "On 14 May 2019, elders of two families resolved their blood feud in Kohat, Khyber "
        "Pakhtunkhwa.",
    ],
)
def test_events_acled_sweep_a_feud_settled_is_an_agreement(text: str) -> None:
    assert lead_event(text).sub_event_type == "agreement"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("On 25 January 2021, militants hurled a grenade at a CRPF bunker and then opened fire "
         "in Sopore, Jammu and Kashmir, triggering a gunfight.",
         ("Unidentified Armed Group (India)", "Central Reserve Police Force")),
        ("On 28 November 2019, an IED struck a military patrol near Gao, Gao, after which the "
         "attackers opened fire on the soldiers. 2 soldiers were killed.",
         ("Unidentified Armed Group (Mali)", "Military Forces of Mali")),
        ("On 6 April 2022, a landmine went off under a police vehicle during clashes between "
         "police and rebels near Tumaco, Narino.", None),
    ],
)
def test_events_acled_sweep_a_blast_that_opened_a_fight_is_the_fight(
        text: str, sides: tuple[str, str] | None) -> None:
    event = lead_event(text)
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    if sides is not None:
        assert (event.actor1, event.actor2) == sides


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # shots at a house or a crowd after the blast: no fight with a force
        ("On 19 February 2011, gunmen threw a grenade into the home of a retired police "
         "officer in Nalchik, Kabardino-Balkaria, and then fired on the house.", "grenade"),
        ("On 2 May 2022, a bomb exploded at a market in Kano, Kano, and then gunmen opened "
         "fire on shoppers, killing 4.", "remote_explosive_landmine_ied"),
        # the site of an earlier fight is no fight
        ("On 3 May 2021, villagers were injured when a live shell they picked up near an "
         "encounter site exploded in Kupwara, Jammu and Kashmir.", None),
        # a device struck a patrol, and nothing more
        ("On 2 May 2022, an IED struck a military patrol near Gao, Gao, killing 2 soldiers.",
         "remote_explosive_landmine_ied"),
    ],
)
def test_events_acled_sweep_a_blast_with_no_fight_stays_a_blast(text: str,
                                                                sub_event_type: str | None
                                                                ) -> None:
    event = lead_event(text)
    assert event.event_type != "battles"
    if sub_event_type is not None:
        assert event.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "civilians"),
    [
        ("On 6 May 2022, a human rights activist was shot dead by gunmen in Tumaco, Narino.",
         "Civilians (Colombia)"),
        ("On 14 March 2021, a political activist was picked up by men in plain clothes from his "
         "home in Turbat, Balochistan, and his whereabouts remain unknown.",
         "Civilians (Pakistan)"),
        ("On 2 October 2018, police shot dead two land rights activists in Samar, Eastern "
         "Visayas.", "Civilians (Philippines)"),
    ],
)
def test_events_acled_sweep_an_activist_struck_is_a_civilian(text: str, civilians: str) -> None:
    event = lead_event(text)
    assert event.event_type == "violence_against_civilians"
    assert event.actor2 == civilians
    assert not (event.actor1 or "").startswith(("Protesters", "Civilians"))


@pytest.mark.parametrize(
    ("text", "protesters"),
    [
        ("On 6 May 2022, activists held a rally in Harare, Harare, demanding the release of "
         "detained journalists. (Size=no report)", "Protesters (Zimbabwe)"),
        ("On 9 March 2019, women's rights activists marched in Lahore, Punjab. (Size=around "
         "500)", "Protesters (Pakistan)"),
    ],
)
def test_events_acled_sweep_activists_gathered_are_protesters(text: str,
                                                              protesters: str) -> None:
    event = lead_event(text)
    assert (event.event_type, event.actor1) == ("protests", protesters)


@pytest.mark.parametrize(
    "text",
    [
        "On 27 August 2022, clashes erupted between the Radaa force and the 444 Brigade in "
        "Tripoli, Tripoli, leaving 32 dead.",
        "On 4 March 2019, two battalions of the army fought each other over a checkpoint in "
        "Juba, Central Equatoria, leaving 5 dead.",
    ],
)
def test_events_acled_sweep_units_fighting_are_a_battle(text: str) -> None:
    assert lead_event(text).sub_event_type == "armed_clash"


def test_events_acled_sweep_families_fighting_stay_a_brawl() -> None:
    event = lead_event("On 27 August 2022, two families clashed in a village near Zawiya, Libya, "
                  "leaving two dead.")
    assert event.sub_event_type == "mob_violence"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 16 December 2021, Al Shabaab militants publicly burned seized cigarettes and khat "
         "in Jilib, Middle Juba.", "Al Shabaab"),
        ("On 26 June 2019, police burned confiscated drugs worth millions in Peshawar, Khyber "
         "Pakhtunkhwa.", "Police Forces of Pakistan"),
        ("On 3 August 2023, the Taliban destroyed seized bottles of alcohol in Herat, Herat.",
         "Taliban"),
    ],
)
def test_events_acled_sweep_contraband_destroyed_is_a_change_of_activity(text: str,
                                                                         actor1: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1) == ("change_to_group_activity", actor1)


@pytest.mark.parametrize(
    "text",
    [
        "On 28 September 2021, rival gangs of inmates fought with guns and knives in a prison "
        "in Guayaquil, Guayas, leaving 118 dead.",
        "On 3 March 2019, youths of two neighbourhoods fought using rifles and pistols in "
        "Kananga, Kasai-Central, leaving 4 dead.",
    ],
)
def test_events_acled_sweep_a_crowd_fighting_with_guns_is_no_brawl(text: str) -> None:
    assert lead_event(text).event_type != "riots"


def test_events_acled_sweep_a_crowd_fighting_with_sticks_stays_a_brawl() -> None:
    event = lead_event("On 28 September 2021, villagers fought with sticks and machetes in "
                       "a village near Kananga, Kasai-Central, leaving 2 dead.")
    assert (event.event_type, event.sub_event_type) == ("riots", "mob_violence")
