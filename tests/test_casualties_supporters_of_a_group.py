"""People taken who serve a group told before ("arrested 17 of their facilitators",
"nine of its collaborators") are that group's: "their" points back to the group named,
in the sentence or the one before, never to the force that made the arrests."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _detained(text: str) -> list[tuple[str | None, int | None]]:
    events = [r for r in extract(text, published="2024-03-14") if isinstance(r, Event)]
    return [(c.party, c.count) for e in events for c in e.casualties if c.kind == "detained"]


@pytest.mark.parametrize("text", [
    "The Frontier Corps said on Tuesday it had killed four militants of the Balochistan "
    "Liberation Army in Kech and arrested 17 of their facilitators.",
    "The Frontier Corps said its personnel raided hideouts of the Balochistan Liberation "
    "Army in Kech on Tuesday. They arrested 17 of their facilitators.",
    "Police in Turbat said on Monday they had broken up a cell of the Balochistan "
    "Liberation Army and detained 17 of its collaborators.",
])
def test_supporters_of_a_group_told_before_are_its_own(text: str) -> None:
    assert _detained(text) == [("Baloch Liberation Army", 17)]


def test_supporters_of_no_group_told_keep_their_words() -> None:
    text = ("Police in Turbat said on Monday they had detained 17 facilitators after a raid "
            "on a hideout.")
    assert [p for p, _ in _detained(text)] != ["Baloch Liberation Army"]
