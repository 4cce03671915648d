"""A state force that tells of an armed group's dead, naming no one else, struck them."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-05-14") if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2", "fatalities"),
    [
        ("The Nigerian army said 12 Boko Haram fighters were killed in Borno State on Sunday.",
         "Military Forces of Nigeria", "Boko Haram", 12),
        ("The Turkish army said 13 PKK terrorists were killed in northern Iraq on Monday.",
         "Turkish Armed Forces", "Kurdistan Workers' Party", 13),
        ("Turkey's defence ministry said 9 PKK militants were killed in air strikes in "
         "northern Iraq on Monday.",
         "Turkish Armed Forces", "Kurdistan Workers' Party", 9),
        ("Turkey's National Defense Ministry said on Tuesday that 7 PKK terrorists were "
         "neutralized in northern Iraq.",
         "Turkish Armed Forces", "Kurdistan Workers' Party", 7),
    ],
)
def test_the_teller_is_the_striker(text: str, actor1: str, actor2: str,
                                   fatalities: int) -> None:
    (event,) = _events(text)
    assert (event.actor1, event.actor2, event.fatalities) == (actor1, actor2, fatalities)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # its own dead: the teller suffered the attack
        ("The Nigerian army said on Saturday that 17 soldiers were killed when Boko Haram "
         "attacked a base in Borno.", "Boko Haram", "Military Forces of Nigeria"),
        # another force named as acting
        ("The Iraqi military said 5 ISIS militants were killed in a US air strike in Anbar "
         "on Sunday.", "US forces", "Islamic State"),
    ],
)
def test_a_teller_of_others_acts_is_no_party(text: str, actor1: str, actor2: str) -> None:
    (event,) = _events(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_a_teller_of_civilian_dead_struck_no_one() -> None:
    (event,) = _events("Police said 3 civilians were killed in Kaduna on Sunday.")
    assert event.actor1 != "Police Forces of Nigeria"
    assert event.actor2 == "Civilians (Nigeria)"


@pytest.mark.parametrize("verb", ["neutralized", "neutralised", "eliminated"])
def test_a_claimed_kill_word_makes_an_event(verb: str) -> None:
    (event,) = _events(f"Turkish forces {verb} 6 PKK terrorists in northern Iraq on Monday, "
                       "the National Defense Ministry said.")
    assert (event.actor1, event.actor2, event.fatalities) == (
        "Turkish Armed Forces", "Kurdistan Workers' Party", 6)
