"""Aircrew "shot down": the craft brought down, not a death.

"A pilot was shot down over the valley" and "the pilot of the jet that was shot down
ejected" tell an aircraft downed; whether its crew died the report says in other words
("the pilot was killed"). People shot down by troops stay dead.
"""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions


def _killed(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.count, c.party) for c in combine_casualties(find_casualty_mentions(text), text=text)
            if c.kind == "killed"]


@pytest.mark.parametrize("text", [
    "A pilot was shot down over the Kawlin valley on Monday.",
    "Two air force pilots were shot down near the border last week.",
    "The crew of the helicopter, which was shot down near Saraqib, were rescued.",
    "The pilot of the jet that was shot down ejected over the hills.",
    "The navigator was shot down on his third sortie.",
])
def test_aircrew_shot_down_are_no_dead(text: str) -> None:
    assert _killed(text) == []


def test_pilot_of_the_downed_jet_captured_is_detained_not_dead() -> None:
    text = "The pilot of the jet that was shot down was captured by the rebels."
    found = [(c.kind, c.count) for c in combine_casualties(find_casualty_mentions(text),
                                                            text=text)]
    assert found == [("detained", 1)]


@pytest.mark.parametrize(("text", "killed"), [
    ("The rebels shot down a helicopter near Saraqib, and its pilot was killed.", [(1, "pilot")]),
    ("Three gunmen who were shot down by police had robbed a bank.", [(3, "gunmen")]),
    ("two bandits were shot down by the troops", [(2, "bandits")]),
])
def test_deaths_told_stay(text: str, killed: list[tuple[int, str]]) -> None:
    assert _killed(text) == killed
