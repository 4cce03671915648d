"""People taken with other verbs than "abducted": "seized", "snatched", "took away"."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(
    ("text", "abducted"),
    [
        # a taking verb with people as its object is an abduction
        ("Armed men seized six herders near the river on Friday.", 6),
        ("Bandits snatched two pupils from a school in the district.", 2),
        # "away" or "off" before or after the people
        ("The raiders also took away three nurses from the clinic.", 3),
        ("Militiamen led eight villagers away into the hills.", 8),
        ("The gang carried off a shopkeeper and burned his store.", 1),
        # the place after the people is not part of them
        ("Pirates seized nine fishermen off the coast on Sunday.", 9),
        # things seized, a state force's seizure, and "took ... to" are no abduction
        ("Rebels seized four trucks and a depot.", 0),
        ("Police seized five men at a checkpoint.", 0),
        ("The driver took two children to the hospital.", 0),
    ],
)
def test_casualties_people_taken_with_other_verbs(text: str, abducted: int) -> None:
    taken = [m.count or 0 for m in find_casualty_mentions(text) if m.kind == "abducted"]
    assert sum(taken) == abducted, taken


@pytest.mark.parametrize(
    ("text", "abducted"),
    [
        # "hostage" right after the verb: the people after it were taken
        ("Raiders took hostage seven traders on the road to Felka.", 7),
        ("The gang stormed a guesthouse, taking hostage 14 guests.", 14),
        ("They took hostage three nurses and a driver at the clinic.", 4),
        # the people between the verb and "hostage" are read as before
        ("The rebels took nine loggers hostage in the forest.", 9),
    ],
)
def test_casualties_hostage_before_the_people(text: str, abducted: int) -> None:
    taken = [m.count or 0 for m in find_casualty_mentions(text) if m.kind == "abducted"]
    assert sum(taken) == abducted, taken
