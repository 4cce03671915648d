"""Attackers told first as the doers ("Gunmen stormed a hotel"), then as dead by a definite
phrase ("the two gunmen were killed when soldiers stormed it"): they are more dead, of the
attacking side, not the victims counted before told again. Where the attackers' deaths were
counted already, the phrase tells them again."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event, totals


@pytest.mark.parametrize(("text", "victims", "attackers"), [
    ("03/14/2015: Gunmen stormed a hotel in Bamako, Mali. Five people were killed. The two "
     "gunmen were killed when soldiers stormed the building.", 5, 2),
    ("08/09/2019: Militants attacked a police post near Peshawar, Pakistan, killing three "
     "officers. The four militants were later killed by security forces.", 3, 4),
    ("11/23/2016: Assailants raided a bank in Diffa, Niger. Two guards died in the attack, "
     "and the three assailants were shot dead by soldiers.", 2, 3),
])
def test_attackers_told_again_dead_are_counted(pipeline: RulePipeline, text: str,
                                               victims: int, attackers: int) -> None:
    event = only_event(pipeline, text)
    dead = [c for c in event.casualties if c.kind == "killed"]
    assert sorted(c.count for c in dead) == sorted([victims, attackers])
    attackers_party = next(c.party for c in dead if c.count == attackers)
    assert attackers_party == event.actor1


@pytest.mark.parametrize(("text", "killed"), [
    ("05/30/2016: Two suicide bombers blew themselves up at a checkpoint in Kirkuk, Iraq, "
     "killing four soldiers. The two bombers were identified by their families.", 6),
])
def test_attackers_counted_dead_are_told_again(text: str, killed: int) -> None:
    assert totals(text)[0] == killed
