""""The same militia", "the same group" point back to the group a report told of before,
named or only described ("an Iran-backed militia"): its fighters counted after it are that
group's, and the words name no communal militia of their own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("first", "again", "group"), [
    ("killed three members of an Iran-backed militia near Deir ez-Zor",
     "killed two fighters from the same militia", "Pro-Iran Militia (Syria)"),
    ("killed three fighters of the Houthi militia near Marib",
     "killed two fighters of the same militia", "Houthis"),
], ids=["described", "named"])
def test_actors_the_same_group_is_the_one_told_before(first: str, again: str,
                                                     group: str) -> None:
    text = (f"A drone strike {first} on Friday, a monitor said. On Wednesday, a drone "
            f"strike on a motorbike {again}, the monitor said.")
    events = sorted((r for r in extract(text, published="2024-03-17") if isinstance(r, Event)),
                    key=lambda e: e.date_start or "")
    assert [(e.date_start, e.actor2) for e in events] == [
        ("2024-03-13", group), ("2024-03-15", group)], [e.notes for e in events]
    assert [(c.kind, c.party, c.count) for c in events[0].casualties] == [
        ("killed", group, 2)]
    assert events[0].actor1 != group
