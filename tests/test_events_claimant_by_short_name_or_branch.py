"""The group held responsible told once more in the same breath: by its short name after
its full one ("blamed dissidents of the former Revolutionary Armed Forces of Colombia, or
FARC": the dissidents the short name stands for now, not the group that made peace), or
by its regional branch told with "its" ("Islamic State claimed the attack ... fighters of
its West Africa Province"): the branch the actor list holds, not the parent."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import _ITS_BRANCH, _ITS_BRANCH_WORDS
from eventcoder.records import Event


def _actors(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract(text, published="2024-04-17")
            if isinstance(e, Event) and not e.background]


BOMB = "A car bomb killed five people near a police station in Jamundi on Tuesday. "


@pytest.mark.parametrize("blame", [
    "Police blamed dissidents of the former Revolutionary Armed Forces of Colombia, or FARC, "
    "who rejected the peace deal.",
    "Police blamed dissidents of the former FARC.",
    "The general blamed a dissident faction of the former FARC for the blast.",
])
def test_dissidents_blamed_are_the_attacker(blame: str) -> None:
    assert _actors(BOMB + blame) == [("FARC dissidents", "Civilians (Colombia)")]


RAID = "Insurgents attacked an army base in Gajiram on Sunday night, killing nine soldiers. "


@pytest.mark.parametrize("claim", [
    "Islamic State claimed the attack. Its news agency said in a message on Telegram that "
    "fighters of its West Africa Province had killed 15 soldiers.",
    "Islamic State claimed the attack, saying fighters of its West Africa Province had "
    "stormed the base.",
])
def test_branch_told_by_its_is_the_claimant(claim: str) -> None:
    assert _actors(RAID + claim) == [("Islamic State West Africa Province",
                                      "Military Forces of Nigeria")]


def test_parent_claiming_with_no_branch_told_stays_the_parent() -> None:
    text = RAID + "Islamic State claimed the attack in a statement on Telegram."
    assert _actors(text)[0][0] == "Islamic State"


@pytest.mark.parametrize("text", [
    "fighters of its West Africa Province", "its Khorasan province", "its Sahel Province",
    "fighters of its\nWest Africa Province", "its  Sahel\nProvince",
])
def test_every_branch_told_by_its_holds_the_gate_words(text: str) -> None:
    found = _ITS_BRANCH.search(text)
    assert found is not None
    assert all(word in found.group() for word in _ITS_BRANCH_WORDS)
