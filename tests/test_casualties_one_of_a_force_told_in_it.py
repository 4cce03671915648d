"""One man told as in a force ("an officer in the Popular Mobilization Forces was martyred",
"a soldier in the Iraqi army") is one of its men, as "an officer of" is: one dead, of that
force, not an untold number of the force's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in extract(text, published="2024-08-21") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return events[0]


@pytest.mark.parametrize(("subject", "force"), [
    ("an officer in the Popular Mobilization Forces was martyred",
     "Popular Mobilization Forces"),
    ("a soldier in the Iraqi army was killed", "Iraqi Security Forces"),
    ("a commander in the Popular Mobilization Forces was killed",
     "Popular Mobilization Forces"),
], ids=["officer-martyred", "soldier", "commander"])
def test_casualties_one_man_in_a_force(subject: str, force: str) -> None:
    event = _event(f"A security source said that {subject} when a roadside bomb hit his "
                   "vehicle near Dujail on Monday.")
    assert (event.actor2, [(c.kind, c.party, c.count) for c in event.casualties]) == (
        force, [("killed", force, 1)])
