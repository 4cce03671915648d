"""A leader told by his role, then his name and what he was, and the people taken with him
("arrested the gang's chief, Malick Sow, a leader of the ring, and two accomplices") are
all counted: the name and role between commas say who the chief was, the people after
"and" are more; so with a role of two words ("the cell leader and four associates")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _counts(text: str, kind: str) -> list[int | None]:
    events = [r for r in extract(text, published="2024-09-14") if isinstance(r, Event)]
    return [c.count for e in events for c in e.casualties if c.kind == kind]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Gendarmes arrested the gang's chief, Malick Sow, a senior leader of the smuggling "
     "ring, and two accomplices near Nioro on Friday.", "detained", [3]),
    ("Gendarmes arrested the gang's chief, Malick Sow, and two accomplices near Nioro on "
     "Friday.", "detained", [3]),
    ("Police detained the cell leader and four associates in Kolokani on Thursday.",
     "detained", [5]),
    ("Soldiers killed the band's commander, Issa Konate, a senior leader of the faction, "
     "and three fighters near Bafoulabe on Monday.", "killed", [4]),
], ids=["name-and-role", "name-only", "two-word-role", "killed"])
def test_events_leader_named_and_his_associates(text: str, kind: str,
                                                expected: list[int]) -> None:
    assert _counts(text, kind) == expected
