"""Who did not strike: a force told hunting, searching for, investigating or arresting
someone after an attack, one the attack is said not to involve, and officials who discuss a
group's attack are no authors of it; the group whose attack it is ("the rebels' bombing")
and the man said to be responsible are."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "not_author"),
    [
        ("Police in the Belgian city of Ghent were searching on Sunday for a woman believed "
         "to have left the parcel that exploded outside a pharmacy, injuring five people.",
         "Police"),
        ("Swedish police are investigating a pipe bomb that went off at a bus stop in Malmo on "
         "Tuesday night, wounding two teenagers.", "Police"),
        ("Soldiers have launched a manhunt after a car bomb killed three traders at a market "
         "in Kaduna on Thursday.", "Military"),
        ("Kenyan police arrested four men on Monday after a grenade attack on a bar in "
         "Mombasa that wounded eleven people.", "Police"),
        ("Gunfire broke out in the western districts of Derry shortly after midnight. The "
         "army said the shooting did not involve the security forces; a man was shot dead.",
         "Military"),
    ],
)
def test_events_aftermath_force_is_not_the_attacker(text: str, not_author: str) -> None:
    event = _main(text)
    assert event.actor1 is None or not_author not in event.actor1, event.actor1


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Senior army officers and police chiefs met in Nairobi to review al-Shabaab's "
         "bombing of a hotel in Mandera, which killed nine people.", "Shabaab"),
        ("The interior minister and his army advisers condemned the Taliban's latest "
         "\"cowardly attack\" on a school in Kunduz, which killed six children.", "Taliban"),
    ],
)
def test_events_owner_of_the_attack_is_its_author(text: str, group: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and group in event.actor1, event.actor1


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lille were looking for a man thought to be responsible for a blast that "
        "injured seven people outside a bakery on Saturday.",
        "Police are hunting a man who left a rucksack bomb outside a pharmacy in Nantes on "
        "Friday, wounding eight people.",
    ],
)
def test_events_man_held_responsible_is_an_armed_author(text: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group"), (
        event.actor1)
    assert event.actor2 is not None and event.actor2.startswith("Civilians"), event.actor2


def test_events_force_that_strikes_stays_the_attacker() -> None:
    # the force does strike here: "shot dead", not "hunted"
    event = _main("Police shot dead a gunman who had opened fire on worshippers at a church "
                  "in Durban on Sunday.")
    assert event.actor1 is not None, event
