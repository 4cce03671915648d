"""A unit's rank written in digits ("the 5th Brigade", "the 21st Division") is part of the
unit's name, not a count: "two fighters of the 5th Brigade were martyred" counts two men of
the brigade, and "the 5th Brigade of the PMF" is a unit of the force named after it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _lead(text: str) -> Event:
    events = [r for r in extract(text, published="2023-05-12") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("text", "party", "killed"),
    [
        ("Two fighters of the 5th Brigade of the PMF were martyred on Thursday in the "
         "explosion of a booby-trapped house near Tuz Khurmatu.",
         "Popular Mobilization Forces", 2),
        ("Three soldiers of the 21st Division were killed on Thursday when a roadside bomb "
         "struck their vehicle near Tuz Khurmatu.", "Iraqi Security Forces", 3),
        ("An explosive device killed 4 members of the 2nd Regiment on Thursday on the road "
         "near Tuz Khurmatu.", "Iraqi Security Forces", 4),
        ("A soldier of the 33rd Brigade was killed on Thursday by sniper fire near Tuz "
         "Khurmatu.", "Iraqi Security Forces", 1),
        # the army's own division, told with the army's name after it
        ("Two soldiers of the 8th Division of the army were killed on Thursday when a "
         "roadside bomb struck their vehicle near Tuz Khurmatu.", "Iraqi Security Forces", 2),
    ],
)
def test_casualties_members_of_a_numbered_unit(text: str, party: str, killed: int) -> None:
    event = _lead(text)
    assert {c.party: c.count for c in event.casualties if c.kind == "killed"} == {
        party: killed}, event.casualties
    assert event.actor2 == party


def test_casualties_a_rank_in_digits_counts_no_one() -> None:
    # "the 3rd" is the rank of one body among those told, not three people
    event = _lead("A roadside bomb killed a soldier of the 3rd Battalion on Thursday near "
                  "Tuz Khurmatu.")
    assert event.fatalities == 1
