"""The doers told as the agent of "committed by", as a translated report tells them ("the
terrorist act was committed by members of the separatist terrorist organisation X"), or
with the kind of body the group is before its name ("carried out by the terrorist
organisation X"): the group is the attacker, not the unnamed "terrorists" of the lead."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _actors(text: str) -> list[str | None]:
    return [e.actor1 for e in extract(text, published="2023-12-04") if isinstance(e, Event)]


LEAD = ("Two soldiers were martyred when terrorists detonated a bomb under their vehicle "
        "near Cizre on Sunday, the governorship said. ")


@pytest.mark.parametrize("blame", [
    "The terrorist act was committed by members of the separatist terrorist organisation "
    "PKK, the statement said.",
    "The attack was committed by the PKK, the statement said.",
    "The attack was carried out by the terrorist organisation PKK, the statement said.",
    "It was stated that the act was perpetrated by militants of the armed group PKK.",
])
def test_the_group_that_committed_the_act_is_the_attacker(blame: str) -> None:
    assert _actors(LEAD + blame) == ["Kurdistan Workers' Party"]


def test_a_deed_committed_by_others_names_no_group() -> None:
    text = LEAD + "The PKK has committed many such crimes, the governor added."
    assert _actors(text) == ["Unidentified Armed Group (Turkey)"]
