"""Unnamed armed men counted beside a named group's dead in one operation are that group's
men: "4 ISIS terrorists were killed ... the killing of 4 terrorists and the wounding of
another" struck Islamic State, and the wounded and the arrested are of it too."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The Joint Operations Command announced on Monday that 3 ISIS terrorists were "
         "killed in an operation near Rutba on Sunday. The forces raided a hideout, and the "
         "operation resulted in the killing of 3 terrorists and the wounding of another who "
         "was arrested.",
         {("killed", "Islamic State", 3), ("wounded", "Islamic State", 1),
          ("detained", "Islamic State", 1)}),
        ("Security forces killed two Daesh terrorists in a raid near Rutba on Sunday and "
         "arrested three militants who were wounded in the clash.",
         {("killed", "Islamic State", 2), ("wounded", "Islamic State", 3),
          ("detained", "Islamic State", 3)}),
    ],
)
def test_events_unnamed_men_beside_the_named_dead(text: str,
                                                   parties: set[tuple[str, str, int]]) -> None:
    events = [r for r in extract(text, published="2024-05-13") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    assert events[0].actor2 == "Islamic State", events[0].notes
    assert {(c.kind, c.party, c.count) for c in events[0].casualties} == parties


def test_events_unnamed_attackers_stay_apart_from_the_named_struck() -> None:
    # the unnamed men who struck are not the group whose men they killed
    text = ("Unknown gunmen killed two ISIS members in an ambush near Rutba on Sunday, a "
            "security source said.")
    events = [r for r in extract(text, published="2024-05-13") if isinstance(r, Event)]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Iraq)", "Islamic State")], [e.notes for e in events]
