"""Attackers news copy tells in ways of its own: a suicide bomber "affiliated with" a group
whose name is told by its sponsor's ("the al-Qaeda-linked Shabaab group"), under a headline
of an unnamed bomber; a resident's word ("the men who did this were fighters of X") beside a
background clause listing the groups of a region; a gunman named by name and group in a
later paragraph; "a lone gunman" as a passive's agent; a headline of two clauses; a drone
bombing no group claimed in a report of attacks by militants; and the arrests after an
attack a group is suspected of, made by the police, not by the group."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str = "2025-06-13") -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


@pytest.mark.parametrize("headline", ["", "Suicide bomber kills six at cafe in Somalia\n\n"])
def test_events_bomber_affiliated_with_a_group_its_sponsor_describes(headline: str) -> None:
    [event] = _events(
        f"{headline}A suicide bomber affiliated with the al-Qaeda-linked Shabaab group blew "
        "himself up at a cafe in the town of Jowhar on Thursday, killing six people, police "
        "said.")
    assert event.actor1 == "Al Shabaab"


def test_events_a_quote_names_the_men_beside_a_regions_groups() -> None:
    [event] = _events(
        "Gunmen kill nine villagers in western Niger\n\n"
        "At least nine civilians were killed when gunmen attacked the village of Ouallam "
        "on Friday, a local official said.\n\n"
        "\"The men who did this were fighters of the Islamic State group,\" a resident "
        "said.\n\n"
        "The army has struggled in the border area, where fighters linked to al-Qaida and "
        "the Islamic State group roam.")
    assert event.actor1 == "Islamic State"
    # the headline's nine villagers are the lead's nine civilians, once
    assert event.fatalities == 9


def test_events_a_list_of_a_regions_groups_names_no_attacker() -> None:
    [event] = _events(
        "At least nine civilians were killed when gunmen attacked the village of Ouallam "
        "on Friday, a local official said. The army has struggled in the border area, "
        "where fighters linked to al-Qaida and the Islamic State group roam.")
    assert event.actor1 == "Unidentified Armed Group (Niger)"


@pytest.mark.parametrize("shooter", ["a gunman", "a lone gunman"])
def test_events_a_gunman_named_by_name_and_group_later(shooter: str) -> None:
    [event] = _events(
        f"A soldier was shot dead by {shooter} outside a store in Kabankalan City, Negros "
        "Occidental on Sunday evening, police said.\n\n"
        "The victim was buying medicine for his mother when he was shot twice.\n\n"
        "Police said witnesses identified the gunman as Edgar Lumapas, 31, a member of a "
        "hit squad of the communist New People's Army.", published="2024-10-08")
    assert event.actor1 == "New People's Army"


def test_events_a_headlines_second_clause_names_no_side() -> None:
    [event] = _events(
        "Soldier shot dead in Negros Occidental; police name rebel gunman\n\n"
        "A soldier was shot dead by a gunman outside a store in Kabankalan City, Negros "
        "Occidental on Sunday evening, the army said.", published="2024-10-08")
    assert event.actor2 == "Military Forces of the Philippines"
    assert event.actor1 != "Military Forces of the Philippines"


_DRONE = ("Two farmers were killed when bombs dropped from a drone exploded near their hut in "
          "a village in Kangpokpi district on Sunday, police said. No group has claimed the "
          "attack.")


def test_events_an_unclaimed_drone_bombing_among_militants_attacks() -> None:
    events = _events("Suspected militants fired on a police post at Kangchup in Manipur on "
                     f"Monday, wounding a constable, officials said.\n\n{_DRONE}",
                     published="2024-09-03")
    [drone] = [e for e in events if e.sub_event_type == "air_drone_strike"]
    assert drone.actor1 == "Unidentified Armed Group (India)"


def test_events_an_unclaimed_drone_bombing_alone_stays_a_military_forces() -> None:
    [drone] = _events(_DRONE, published="2024-09-03")
    assert drone.actor1 == "Unidentified Military Forces"


def test_events_arrests_after_a_suspected_attack_are_the_polices() -> None:
    events = _events(
        "An off-duty prison officer was shot and wounded in Newry on Wednesday.\n\n"
        "Police suspect the New IRA.\n\n"
        "Two men, aged 31 and 44, were arrested in Armagh on Thursday, police said.",
        published="2024-03-01")
    [arrests] = [e for e in events if e.sub_event_type == "arrests"]
    assert arrests.actor1 == "Police Forces of the United Kingdom"
    assert [(c.kind, c.count) for c in arrests.casualties] == [("detained", 2)]
