"""The dead told by what they were rather than by their side ("a drug suspect", "19
cartel members", "10 soldiers" at a paramilitary post, "87 detainees") are of the side the
event struck, as ACLED codes them; farmers of a named people who fought herders are the
other communal militia; a bomb at a mass struck the civilians at worship."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    """The one event a note tells."""
    events = [r for r in extract(text, published=None) if isinstance(r, Event)]
    assert len(events) == 1
    return events[0]


def _killed(event: Event) -> dict[str | None, int]:
    """The dead of an event by side."""
    out: dict[str | None, int] = {}
    for c in event.casualties:
        if c.kind == "killed":
            out[c.party] = out.get(c.party, 0) + (c.count or 0)
    return out


@pytest.mark.parametrize(("text", "struck"), [
    ("On 14 March 2019, police shot dead a drug suspect during an anti-narcotics raid in "
     "Tondo, Metro Manila; police said the man drew a gun.", "Civilians (Philippines)"),
    ("On 2 August 2021, police killed two drug suspects in a buy-bust operation in Cebu "
     "City, Cebu.", "Civilians (Philippines)"),
    ("On 9 June 2023, military police exchanged fire with drug traffickers during a raid "
     "on the Jacarezinho favela in Rio de Janeiro, Rio de Janeiro, killing 8 suspects.",
     "Unidentified Gang (Brazil)"),
], ids=["attack-one-suspect", "attack-suspects", "clash-suspects"])
def test_suspects_killed_by_a_force_are_of_the_side_struck(text: str, struck: str) -> None:
    event = _event(text)
    assert event.actor2 == struck
    assert set(_killed(event)) == {struck}


@pytest.mark.parametrize(("text", "cartel", "dead"), [
    ("On 17 October 2019, soldiers detained a son of a cartel leader in Culiacan, Sinaloa, "
     "and Sinaloa Cartel gunmen fought the troops; 3 soldiers and 8 cartel members were "
     "killed.", "Sinaloa Cartel", 8),
    ("On 11 May 2021, CJNG gunmen clashed with police in Aguililla, Michoacan; 6 police "
     "officers and 4 cartel members were killed.", "Jalisco New Generation Cartel", 4),
], ids=["sinaloa", "cjng"])
def test_cartel_members_of_no_name_are_the_named_cartels(text: str, cartel: str,
                                                         dead: int) -> None:
    event = _event(text)
    assert cartel in (event.actor1, event.actor2)
    assert _killed(event).get(cartel) == dead


@pytest.mark.parametrize(("text", "force", "dead"), [
    ("On 3 February 2022, BLA militants attacked a Frontier Corps camp in Panjgur, "
     "Balochistan, killing 4 soldiers.", "Frontier Corps", 4),
    ("On 12 April 2021, TTP militants raided an FC checkpost in North Waziristan, Khyber "
     "Pakhtunkhwa, killing 3 soldiers and wounding 2.", "Frontier Corps", 3),
], ids=["camp", "checkpost"])
def test_soldiers_at_a_paramilitary_post_are_that_force(text: str, force: str,
                                                         dead: int) -> None:
    event = _event(text)
    assert event.actor2 == force
    assert _killed(event) == {force: dead}


def test_soldiers_stay_the_army_where_the_army_is_struck() -> None:
    event = _event("On 3 February 2022, BLA militants attacked an army camp in Panjgur, "
                   "Balochistan, killing 4 soldiers.")
    assert "Frontier Corps" not in _killed(event)


@pytest.mark.parametrize(("text", "sides"), [
    ("On 9 March 2021, Fulani herders and Tiv farmers clashed over grazing land near Agatu, "
     "Benue, leaving 7 dead.", ("Fulani Ethnic Militia", "Tiv Ethnic Militia")),
    ("On 30 May 2020, Arab herders clashed with Masalit farmers near Geneina, West Darfur, "
     "leaving 5 dead.", ("Arab Ethnic Militia", "Masalit Ethnic Militia")),
    ("On 22 January 2023, Masalit farmers clashed with Arab herders near Kulbus, West "
     "Darfur; 9 people were killed.", ("Masalit Ethnic Militia", "Arab Ethnic Militia")),
    ("On 14 November 2021, Arab herders and Ouaddaian farmers fought near Biltine, Wadi "
     "Fira, leaving 6 dead.", ("Arab Ethnic Militia", "Ouaddai Ethnic Militia")),
], ids=["and-after", "clashed-with", "farmers-first", "ouaddaian"])
def test_farmers_of_a_people_who_fought_herders_are_a_militia(
        text: str, sides: tuple[str, str]) -> None:
    event = _event(text)
    assert (event.actor1, event.actor2) == sides


def test_farmers_attacked_by_herders_stay_civilians() -> None:
    event = _event("On 9 March 2021, Fulani herders attacked Tiv farmers near Agatu, Benue, "
                   "killing 4.")
    assert event.actor2 == "Civilians (Nigeria)"


@pytest.mark.parametrize("text", [
    "On 24 December 2020, a bomb exploded during a Christmas mass in Jolo, Sulu, killing 3 "
    "and injuring 21.",
    "On 7 April 2019, a grenade was thrown into worshippers at a Sunday mass in Cotabato "
    "City, Maguindanao, wounding 11.",
], ids=["christmas-mass", "sunday-mass"])
def test_a_bomb_at_a_mass_struck_civilians(text: str) -> None:
    event = _event(text)
    assert event.actor2 == "Civilians (Philippines)"
    assert "Christian Group (Philippines)" in event.assoc_actor_2


@pytest.mark.parametrize(("text", "dead"), [
    ("On 2 September 2020, an airstrike hit a detention centre in Dhamar, Dhamar, killing "
     "41 detainees.", 41),
    ("On 8 May 2021, prison guards beat 3 detainees to death in Mandalay, Mandalay.", 3),
], ids=["airstrike", "guards"])
def test_detainees_killed_count_no_detention(text: str, dead: int) -> None:
    event = _event(text)
    assert sum(_killed(event).values()) == dead
    assert not [c for c in event.casualties if c.kind == "detained"]


def test_detainees_held_still_count_a_detention() -> None:
    event = _event("On 5 March 2021, police arrested 30 protesters in Yangon, Yangon; 12 "
                   "detainees were taken to Insein prison.")
    assert any(c.kind == "detained" for c in event.casualties)


@pytest.mark.parametrize(("text", "force"), [
    ("On 6 July 2022, gunmen attacked a prison in Kuje, Abuja, and exchanged fire with the "
     "guards, killing 3 guards.", "Police Forces of Nigeria Prison Guards"),
    ("On 17 March 2023, armed men stormed the central jail in Mubi, Adamawa; 2 warders were "
     "killed and a third guard was wounded.", "Police Forces of Nigeria Prison Guards"),
], ids=["prison", "jail"])
def test_bare_guards_of_a_prison_are_its_police(text: str, force: str) -> None:
    event = _event(text)
    assert event.actor2 == force
    assert set(_killed(event)) == {force}


def test_guards_of_no_prison_stay_unread_as_its_police() -> None:
    event = _event("On 6 July 2022, gunmen attacked a bank in Kuje, Abuja, killing 2 guards.")
    assert all("Prison" not in (c.party or "") for c in event.casualties)


@pytest.mark.parametrize(("text", "mission"), [
    ("In March 2019, eight Nigerien peacekeepers were killed in an attack on a UN base near "
     "Tessalit, Kidal.", "MINUSMA"),
    ("On 14 May 2021, four Bangladeshi peacekeepers were wounded when their patrol hit a "
     "mine near Bangassou, Mbomou.", "MINUSCA"),
], ids=["mali", "car"])
def test_peacekeepers_told_by_nationality_are_the_missions(text: str, mission: str) -> None:
    event = _event(text)
    assert event.actor2 == mission
    assert {c.party for c in event.casualties} == {mission}
