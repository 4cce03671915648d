"""Sentences after an incident that tell attacks only in general, or the incident again,
open no incident of their own where they name another place: a group's way ("has carried
out dozens of attacks in A and B, mostly targeting ..."), the reason it gives for its attacks
("the attacks are revenge for ..."), what followed the incident ("the market had been closed
after the attack and soldiers deployed"), and a claim not made ("did not claim the ambush,
but it usually announces such attacks"). A sentence that tells casualties, a deed of its own
day or an arrest still tells an incident."""

from __future__ import annotations

import re

import pytest

from eventcoder import extract
from eventcoder.events import (
    _GRIEVANCE_WORDS,
    _REASON_TOLD,
    _told_in_general,
    find_triggers,
    lower_ascii,
)
from eventcoder.records import Event

LEAD = ("Gunmen killed five traders on the road outside Damboa on Tuesday, police said on "
        "Wednesday. ")
CONVOY = ("Militants ambushed an army convoy near Bandiagara on Friday, killing seven "
          "soldiers, the army said. ")


def _events(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(r.location.name, r.date_start) for r in extract(text, published=published)
            if isinstance(r, Event)]


@pytest.mark.parametrize("told", [
    "The group has carried out dozens of attacks in Biu and Gwoza, mostly targeting aid "
    "workers and soldiers.",
    "It says the attacks are revenge for the killing of its fighters in Biu.",
    "Residents of Biu said the market had been closed after the attack and that soldiers "
    "had been deployed on the roads.",
    "The group did not claim the ambush, but it usually announces such attacks through its "
    "radio station in Biu.",
])
def test_attacks_told_in_general_open_no_incident(told: str) -> None:
    assert _events(LEAD + told, "2024-03-07") == [("Damboa", "2024-03-05")]


@pytest.mark.parametrize("told", [
    "The jihadists have staged hundreds of attacks across Mopti region, mainly targeting "
    "army posts near Douentza.",
    "The group said the ambush was in retaliation for the arrest of its men in Douentza.",
    "Traders in Douentza said the weekly market had been closed after the ambush.",
    "The group did not claim the ambush, but it usually announces such attacks from "
    "Douentza.",
])
def test_a_convoy_ambush_told_again_stays_one_incident(told: str) -> None:
    assert _events(CONVOY + told, "2024-02-10") == [("Bandiagara", "2024-02-09")]


@pytest.mark.parametrize("told", [
    # casualties of their own
    "Residents of Biu said gunmen killed two guards there after the attack.",
    # a deed of its own day
    "The group has carried out dozens of attacks in the state, and it ambushed a patrol "
    "near Biu on Monday.",
    # an arrest after the attack is a deed of its own
    "After the attack, troops arrested twelve suspects in Biu.",
    # a grievance told with its own day is an incident of that day
    "The attack was revenge for an army raid on Biu last month, a commander said.",
])
def test_an_incident_told_beside_them_is_still_one(told: str) -> None:
    events = _events(LEAD + told, "2024-03-07")
    assert len(events) == 2 and events[1][0] == "Biu", events


def _general(sentence: str) -> bool:
    folded = lower_ascii(sentence)
    return _told_in_general(folded, find_triggers(sentence), [], [], 0, len(sentence))


@pytest.mark.parametrize(("sentence", "general"), [
    ("The militia has carried out dozens of attacks in the north.", True),
    ("The militia carried out attacks in the north.", False),
    ("The militia has carried out scores of attacks, mostly targeting herders.", True),
    ("The militia raided two camps, mostly targeting herders.", False),
    ("Roads were closed after the attack.", True),
    ("Roads were closed and gunmen attacked a bus.", False),
    ("The raids are revenge for the army's offensive.", True),
])
def test_attack_words_told_in_general(sentence: str, general: bool) -> None:
    assert _general(sentence) is general


def test_every_reason_told_holds_a_gate_word() -> None:
    # the reason is searched only in sentences that hold one of the words
    alternatives = re.search(r"\(\?:(revenge[^)]*)\)", _REASON_TOLD.pattern)
    assert alternatives is not None
    for word in alternatives.group(1).split("|"):
        assert any(gate in word for gate in _GRIEVANCE_WORDS), word
