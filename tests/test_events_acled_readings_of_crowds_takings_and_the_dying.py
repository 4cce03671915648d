"""Readings that ACLED notes showed wrong, each tried on notes of its own: the supporters of
two parties who fight each other, a force that detains people who then disappear (or are
handed to a cartel), a household killed and counted by its members, people who died of
their wounds later (told as "two others", or after the place of the attack), and a crowd
that burns someone to death.

The notes were written for these tests.
"""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions
from tests.conftest import lead_event


def _killed_by_party(text: str) -> dict[str | None, int]:
    counts: dict[str | None, int] = {}
    for c in lead_event(text).casualties:
        if c.kind == "killed" and c.count is not None:
            counts[c.party] = counts.get(c.party, 0) + c.count
    return counts


@pytest.mark.parametrize(
    ("text", "rioters", "first_party", "second_party"),
    [
        ("On 28 October 2023, BNP and Awami League supporters clashed with sticks and bricks "
         "in Narayanganj, Dhaka, injuring 15 people. Fatalities unknown.",
         "Rioters (Bangladesh)", "Bangladesh Nationalist Party", "Awami League"),
        ("On 3 January 2019, Awami League and BNP activists fought each other with sticks in "
         "Feni, Chittagong, injuring 8.", "Rioters (Bangladesh)", "Awami League",
         "Bangladesh Nationalist Party"),
    ],
)
def test_supporters_of_two_parties_fighting_are_rioters_on_both_sides(
        text: str, rioters: str, first_party: str, second_party: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "mob_violence", rioters, rioters)
    assert (event.assoc_actor_1, event.assoc_actor_2) == ([first_party], [second_party])


@pytest.mark.parametrize(
    "text",
    [
        # supporters who fire guns, or a party's militia that attacks people, are no brawl
        "On 28 October 2023, BNP and Awami League supporters exchanged gunfire in Feni, "
        "Chittagong, injuring 4.",
        "On 12 May 2022, Imbonerakure members attacked two CNL supporters with clubs in "
        "Kirundo, Kirundo.",
    ],
)
def test_supporters_with_guns_or_a_militia_attacking_are_no_brawl(text: str) -> None:
    assert lead_event(text).sub_event_type != "mob_violence"


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        ("On 30 March 2023, municipal police detained three young men in Lagos de Moreno, "
         "Jalisco, and handed them to members of a cartel; they have not been seen since.",
         "Police Forces of Mexico"),
        ("On 12 July 2021, state police arrested two brothers in Tierra Blanca, Veracruz, and "
         "handed them over to a criminal group. Their whereabouts remain unknown.",
         "Police Forces of Mexico"),
        ("On 2 February 2020, soldiers detained a farmer in Tame, Arauca; he has not been "
         "seen since.", "Military Forces of Colombia"),
    ],
)
def test_the_force_that_detained_the_disappeared_is_actor1(text: str, taker: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1) == ("abduction_forced_disappearance", taker)


def test_a_base_handed_over_stays_a_transfer_of_territory() -> None:
    event = lead_event("On 4 June 2021, the army handed over its base in Tessit, Gao, to "
                       "the UN mission.")
    assert event.sub_event_type == "non_violent_transfer_of_territory"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 14 October 2019, gunmen killed a family of five, including three children, in "
         "their home in Uruapan, Michoacan.", {"Civilians (Mexico)": 5}),
        ("On 2 May 2021, militants killed a family of six, among them four children, near "
         "Dori, Sahel.", {"Civilians (Burkina Faso)": 6}),
        ("On 8 August 2022, gunmen killed a family of 4 in Culiacan, Sinaloa.",
         {"Civilians (Mexico)": 4}),
    ],
)
def test_a_household_killed_is_of_civilians(text: str, killed: dict[str, int]) -> None:
    assert _killed_by_party(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 9 May 2023, ADF rebels killed 11 farmers with machetes near Beni, North Kivu; "
         "two others succumbed to their injuries the next day.",
         {"Civilians (Democratic Republic of Congo)": 13}),
        ("On 19 June 2021, JNIM militants killed 4 soldiers near Boni, Mopti; three more died "
         "of their wounds later.", {"Military Forces of Mali": 7}),
    ],
)
def test_others_who_died_of_their_wounds_are_of_the_dead_told(
        text: str, killed: dict[str, int]) -> None:
    assert _killed_by_party(text) == killed


@pytest.mark.parametrize(
    ("text", "place", "killed"),
    [
        ("On 3 June 2022, a man was stabbed by unknown assailants in Durban, KwaZulu-Natal, "
         "and succumbed to his injuries the next day.", "Durban",
         {"Civilians (South Africa)": 1}),
        ("On 3 June 2022, a man shot by unidentified gunmen in Pereira, Risaralda, died in "
         "hospital.", "Pereira", {"Civilians (Colombia)": 1}),
        ("On 3 June 2022, soldiers shot a teenager at a checkpoint in Buea, South-West, who "
         "succumbed to his injuries the next day.", "Buea", {"Civilians (Cameroon)": 1}),
        ("On 3 June 2022, a trader was shot by police in Lagos and died on the spot.",
         "Lagos", {"Civilians (Nigeria)": 1}),
    ],
)
def test_the_place_before_a_verb_of_dying_is_where_not_who(
        text: str, place: str, killed: dict[str, int]) -> None:
    event = lead_event(text)
    assert event.location.name == place
    assert _killed_by_party(text) == killed


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2022, two people in the car died after gunmen fired on it near Tumaco, "
        "Narino.",
        "On 3 June 2022, three children at a school in Bunia died when a shell struck it.",
    ],
)
def test_people_told_before_the_place_are_who_died(text: str) -> None:
    parties = [m.party_text for m in find_casualty_mentions(text) if m.kind == "killed"]
    assert parties and all(p is not None and p.split()[-1] in {"people", "children"}
                           for p in parties)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2022, police shot a protester during a demonstration in Khartoum, "
        "Khartoum; he succumbed to his injuries the next day. (Size=no report)",
        "On 3 June 2022, security forces fired at protesters in Omdurman, Khartoum, wounding "
        "a man who succumbed to his injuries the next day. (Size=hundreds)",
    ],
)
def test_a_protester_who_succumbed_is_a_death_of_excessive_force(text: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.fatalities) == (
        "excessive_force_against_protesters", 1)


@pytest.mark.parametrize(
    ("text", "rioters", "fatalities"),
    [
        ("On 12 May 2020, villagers burnt to death a woman accused of witchcraft in Kisii, "
         "Kisii.", "Rioters (Kenya)", 1),
        ("On 6 September 2021, residents burned alive two men accused of stealing a "
         "motorbike in Gitega, Gitega.", "Rioters (Burundi)", 2),
        ("On 21 March 2019, a woman accused of witchcraft was burned alive by villagers in "
         "Gumla, Jharkhand.", "Rioters (India)", 1),
    ],
)
def test_a_crowd_that_burns_someone_to_death_is_a_mob(text: str, rioters: str,
                                                      fatalities: int) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "mob_violence", rioters, fatalities)


def test_armed_men_who_burn_people_alive_attack_them() -> None:
    event = lead_event("On 2 May 2021, militants burned alive three farmers in their hut "
                       "near Djibo, Sahel.")
    assert (event.sub_event_type, event.fatalities) == ("attack", 3)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 29 January 2024, BLA militants attacked Mach, Balochistan; security forces "
         "repulsed the attack, killing 24 militants.", {"Baloch Liberation Army": 24}),
        ("On 9 August 2021, JNIM militants attacked a checkpoint near Boni, Mopti; troops "
         "repelled the assault, killing 7 militants.",
         {"Jama'at Nusrat al-Islam wal-Muslimin": 7}),
    ],
)
def test_the_attackers_a_force_killed_fending_them_off_are_theirs(
        text: str, killed: dict[str, int]) -> None:
    assert _killed_by_party(text) == killed


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 5 October 2020, police killed a drug suspect during a buy-bust operation in "
         "Caloocan, Metro Manila; police claimed he fought back.", 1),
        ("On 12 March 2021, police shot dead two men in Cebu, Central Visayas, claiming that "
         "the suspects opened fire first.", 2),
    ],
)
def test_a_fight_told_only_as_the_police_claim_is_an_attack(text: str,
                                                            fatalities: int) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.fatalities) == ("attack", fatalities)
    assert event.actor1 is not None and event.actor1.startswith("Police Forces of")


def test_police_who_exchanged_fire_with_suspects_fought_them() -> None:
    assert lead_event("On 5 October 2020, police exchanged fire with two drug suspects in "
                      "Cebu, Central Visayas, killing both.").sub_event_type == "armed_clash"


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        ("On 14 June 2021, a crowd in Huitzilan, Puebla, beat a man accused of robbing a "
         "shop. 1 fatality.", "Rioters (Mexico)"),
        ("On 5 July 2021, villagers in Ruhango, Southern, beat a suspected thief to death.",
         "Rioters (Rwanda)"),
    ],
)
def test_a_crowd_told_with_its_place_before_its_deed_is_a_mob(text: str,
                                                              rioters: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1) == ("mob_violence", rioters)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On 5 November 2021, Ambazonian separatists attacked a gendarmerie post in Bali, "
         "North-West, killing 2 gendarmes. The gendarmes returned fire, killing 1 "
         "separatist.", "Ambazonian separatists"),
        ("On 5 November 2021, ELN guerrillas ambushed an army patrol in Tame, Arauca; 2 "
         "soldiers and 1 guerrilla were killed.", "National Liberation Army"),
    ],
)
def test_a_separatist_or_guerrilla_killed_is_of_the_group_named(text: str,
                                                                group: str) -> None:
    assert _killed_by_party(text).get(group) == 1


@pytest.mark.parametrize(
    "text",
    [
        "On 27 July 2023, hundreds of people demonstrated in support of the coup in Niamey, "
        "Niamey, and some set fire to the door of a party's headquarters. (Size=hundreds)",
        "On 3 March 2022, residents demonstrated in Goma, North Kivu, against the mission, "
        "and then set fire to tyres on the main road. (Size=hundreds)",
    ],
)
def test_those_who_demonstrated_and_then_burned_riot(text: str) -> None:
    assert lead_event(text).sub_event_type == "violent_demonstration"


def test_militias_who_marched_to_a_village_and_attacked_are_no_demonstration() -> None:
    event = lead_event("On 2 May 2022, militiamen from two villages marched to Kpandai, "
                       "Northern, and attacked Fulani herders.")
    assert event.event_type != "riots"


@pytest.mark.parametrize(
    "text",
    [
        "On 20 April 2023, ELN guerrillas attacked a military base with explosives-laden "
        "drones in Tame, Arauca, injuring 3 soldiers.",
        "On 2 June 2024, FARC dissidents attacked a police station in Jamundi, Valle del "
        "Cauca, with drones carrying explosives, injuring 2 officers.",
    ],
)
def test_drones_that_carry_explosives_strike_from_the_air(text: str) -> None:
    assert lead_event(text).sub_event_type == "air_drone_strike"


@pytest.mark.parametrize(
    ("text", "military"),
    [
        ("On 11 April 2023, a military jet bombed a gathering in Pazigyi, Sagaing, killing "
         "at least 160 people.", "Tatmadaw"),
        ("On 30 January 2024, a military helicopter fired on a village near Demoso, Kayah, "
         "killing 2 civilians.", "Tatmadaw"),
    ],
)
def test_a_military_aircraft_is_the_state_s_military(text: str, military: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1) == ("air_drone_strike", military)


@pytest.mark.parametrize(
    ("text", "gathering", "killed"),
    [
        ("On 20 October 2022, police fired live rounds at demonstrators protesting the "
         "extension of the transition in N'Djamena, N'Djamena, killing 50 and injuring around "
         "300. (Size=thousands)", "Protesters (Chad)", 50),
        ("On 25 October 2024, police fired tear gas and live rounds at supporters of an "
         "opposition candidate protesting the election results in Maputo, Maputo City, "
         "killing 2. (Size=thousands)", "Protesters (Mozambique)", 2),
    ],
)
def test_the_dead_of_no_side_where_a_gathering_was_fired_on_are_its_own(
        text: str, gathering: str, killed: int) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "excessive_force_against_protesters"
    assert _killed_by_party(text) == {gathering: killed}


def test_the_side_told_again_after_a_mutual_fight_is_no_foe() -> None:
    event = lead_event("On 7 July 2023, Ukrainian and Russian forces clashed near "
                       "Klishchiivka, Donetsk, as Ukrainian troops advanced.")
    assert (event.actor1, event.actor2) == ("Armed Forces of Ukraine", "Russian Armed Forces")


@pytest.mark.parametrize(
    ("text", "civilians"),
    [
        ("On 4 December 2021, soldiers opened fire on a truck carrying coal miners in Oting, "
         "Nagaland, killing 6 miners.", "Civilians (India)"),
        ("On 28 June 2023, gunmen on a motorcycle shot dead a radio broadcaster in Calapan, "
         "Oriental Mindoro.", "Civilians (Philippines)"),
    ],
)
def test_miners_and_broadcasters_are_civilians(text: str, civilians: str) -> None:
    assert set(_killed_by_party(text)) == {civilians}


@pytest.mark.parametrize(
    ("text", "gathering"),
    [
        ("On 11 May 2024, protesters blocked the coastal highway in Gwadar, Balochistan, "
         "demanding the release of missing persons; police baton-charged them and arrested "
         "14. (Size=hundreds)", "Protesters (Pakistan)"),
        ("On 2 April 2022, students rallied in Dhaka, Dhaka, against fee increases; police "
         "dispersed them with batons and detained 9. (Size=hundreds)",
         "Protesters (Bangladesh)"),
    ],
)
def test_those_taken_of_no_side_where_a_gathering_was_met_are_its_own(
        text: str, gathering: str) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "protest_with_intervention"
    assert {c.party for c in event.casualties if c.kind == "detained"} == {gathering}


@pytest.mark.parametrize(
    "text",
    [
        "On 8 March 2023, ISMP militants killed 2 fishermen near Macomia, Cabo Delgado.",
        "On 14 June 2022, suspected Islamic State Mozambique Province militants beheaded 3 "
        "civilians near Ancuabe, Cabo Delgado.",
    ],
)
def test_the_mozambique_province_is_the_islamic_state(text: str) -> None:
    event = lead_event(text)
    assert event.actor1 == "Islamic State"
    assert event.actor_acled_names.get("Islamic State") == "Islamic State (Mozambique)"


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("On 28 September 2021, inmates of rival gangs fought with guns and explosives inside "
         "a prison in Guayaquil, Guayas, killing 118 prisoners.", "Unidentified Gang (Ecuador)"),
        ("On 3 May 2021, members of two rival gangs exchanged gunfire in San Pedro Sula, "
         "Cortes, killing 4.", "Unidentified Gang (Honduras)"),
    ],
)
def test_rival_gangs_of_no_name_are_both_sides(text: str, gang: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("armed_clash", gang, gang)


def test_police_who_fought_a_gang_face_it() -> None:
    event = lead_event("On 3 May 2021, police clashed with gang members in San Pedro Sula, "
                       "Cortes, killing 4.")
    assert (event.actor1, event.actor2) == ("Police Forces of Honduras",
                                            "Unidentified Gang (Honduras)")
