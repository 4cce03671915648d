"""Trees "cut down" across a road to slow reinforcements are no dead: "cut down" is a
killing word for people only."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize("text", [
    "The militants cut down trees across a second road, officials said.",
    "Insurgents felled and cut down several trees to block the highway.",
])
def test_casualties_trees_cut_down_are_no_dead(text: str) -> None:
    assert not [m for m in find_casualty_mentions(text) if m.kind == "killed"]


def test_casualties_people_cut_down_are_still_dead() -> None:
    found = find_casualty_mentions("Gunmen cut down three villagers near the market.")
    assert [(m.kind, m.count) for m in found] == [("killed", 3)]
