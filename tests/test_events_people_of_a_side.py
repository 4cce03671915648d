"""The people protesters, rioters or struck civilians are told as: an ethnic group beside them."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.actors import ethnic_group_before
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _event(text: str) -> Event:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    return event


def test_events_protesters_of_a_people() -> None:
    event = _event("On 14 June 2023, Hazara residents staged a sit-in in Quetta (Balochistan) "
                   "after a shopkeeper was shot dead.")
    assert event.actor1 == "Protesters (Pakistan)"
    assert "Hazara Ethnic Group (Pakistan)" in event.assoc_actor_1


def test_events_civilians_struck_of_a_people() -> None:
    event = _event("On 2 February 2021, unknown gunmen killed four Dogon villagers near "
                   "Bandiagara (Mopti).")
    assert "Dogon Ethnic Group (Mali)" in event.assoc_actor_2


@pytest.mark.parametrize(("text", "country"), [
    ("Somali civilians ", "SO"),  # the country's own people
    ("Druze residents ", "SY"),  # a faith's community
    ("Marehan civilians ", "SO"),  # a clan
    ("the civilians ", "SO"),
])
def test_events_no_people_named(text: str, country: str) -> None:
    assert ethnic_group_before(text, text.index(" ") + 1, country) is None


def test_events_people_of_the_village_struck() -> None:
    event = _event("On 7 August 2021, armed men attacked the Dogon village of Sokolo near "
                   "Bankass (Mopti), burning granaries and killing two.")
    assert "Dogon Ethnic Group (Mali)" in event.assoc_actor_2


def test_events_people_of_an_identity_group() -> None:
    event = _event("On 30 March 2022, Kurdish nurses protested in Erbil (Erbil) over months "
                   "of unpaid wages.")
    assert {"Health Workers (Iraq)", "Kurdish Ethnic Group (Iraq)"} <= set(event.assoc_actor_1)


@pytest.mark.parametrize("text", ["the Fulani community", "three villages", "settlers",
                                  "a hamlet"])
def test_events_peoples_place_pattern_passes_its_gate(text: str) -> None:
    from eventcoder import events
    assert events._PEOPLES_PLACE.search(text) is not None
    assert any(word in text for word in events._PEOPLES_PLACE_WORDS)


@pytest.mark.parametrize("text", [
    "On 9 May 2022, five farmers were killed by Fulani settlers in Guma (Benue).",
    "On 9 May 2022, gunmen killed five farmers in Guma (Benue) before fleeing to a nearby "
    "Fulani settlement.",
    "On 9 May 2022, gunmen killed five farmers in Guma (Benue). The attackers came from a "
    "Fulani community nearby.",
    "On 9 May 2022, five farmers were attacked by the Fulani community of Guma (Benue).",
])
def test_events_people_only_of_those_struck(text: str) -> None:
    # the attackers' people, where they came from or went, are not the victims'
    event = _event(text)
    assert "Fulani Ethnic Group (Nigeria)" not in event.assoc_actor_2


@pytest.mark.parametrize("text", [
    "On 9 May 2022, gunmen killed five members of the Fulani community in Guma (Benue), "
    "police said.",
    "On 9 May 2022, armed youths raided the hamlet of Tse-Ako, Guma (Benue), burned huts and "
    "killed six members of the Fulani community.",
    "On 9 May 2022, a vigilante group attacked Fulani settlers near Guma (Benue), killing two.",
])
def test_events_people_of_those_struck(text: str) -> None:
    event = _event(text)
    assert "Fulani Ethnic Group (Nigeria)" in event.assoc_actor_2
