"""The Restoration Council of Shan State and its armed wing, the Shan State Army-South, are
one rebel group of Myanmar's Shan State, whichever of its names or initials a report uses;
a clash it fights with another armed group is a clash of two named sides."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import match_actors
from eventcoder.records import Event


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the Restoration Council of Shan State moved into the hills.",
        "The RCSS said its fighters had withdrawn from two villages.",
        "Fighters of the Shan State Army-South (SSA-S) seized a checkpoint.",
    ],
)
def test_the_council_and_its_armed_wing_are_one_group(text: str) -> None:
    found = [m for m in match_actors(text, country="MM") if not m.generic]
    assert [(m.name, m.kind) for m in found][:1] == [("Restoration Council of Shan State",
                                                      "rebel_group")], found


def test_its_clash_with_another_group_names_it_the_attacker() -> None:
    text = ("LASHIO, Myanmar - RCSS troops attacked positions of the Shan State Progress "
            "Party near Namtu township on Friday, killing four of its fighters, a local "
            "official said on Saturday.")
    events = [r for r in extract(text, published="2018-11-10") if isinstance(r, Event)]
    assert [e.actor1 for e in events] == ["Restoration Council of Shan State"], [
        e.notes for e in events]
