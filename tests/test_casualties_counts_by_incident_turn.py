"""Counts told incident by incident by their turn: "Three people were killed in the first
blast and two in the second" is five dead, the second count standing after its incident as
"four in Kirkuk" stands after its place."""

from __future__ import annotations

import pytest

from tests.records_factory import casualty_total


@pytest.mark.parametrize(("text", "killed"), [
    ("Three people were killed in the first blast and two in the second.", 5),
    ("Four soldiers were killed in the first attack and three others in the second ambush.",
     7),
    ("The militants killed two guards in the first raid and four in the second.", 6),
])
def test_counts_told_by_incident_turn_are_added(text: str, killed: int) -> None:
    assert casualty_total(text, "killed") == killed


@pytest.mark.parametrize(("text", "killed"), [
    # another verb's people after the incident: not more dead
    ("Five were killed in the first blast and two civilians were wounded.", 5),
    # a breakdown of a total told before
    ("Seven people died in two explosions, five in the first and two in the second.", 7),
])
def test_counts_after_an_incident_of_another_verb_or_a_total_are_not_added(
        text: str, killed: int) -> None:
    assert casualty_total(text, "killed") == killed
