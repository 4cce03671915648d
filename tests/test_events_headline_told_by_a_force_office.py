"""A headline opened by a force's office and a colon ("Peshmerga ministry: ...", "Army
spokesman: ...") names who tells of the attack, not who made it: the attack's maker is the
group the headline or the body names."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Peshmerga ministry: two Peshmerga martyred in ISIS attack near Kifri\n\nISIS "
         "terrorists attacked a Peshmerga post near Kifri on Friday night, and two "
         "Peshmerga were martyred in the clash.", "Islamic State", "Peshmerga"),
        ("Peshmerga ministry: one Peshmerga martyred and three wounded in Daesh attack "
         "near Kifri on Friday", "Islamic State", "Peshmerga"),
        ("Army spokesman: one soldier killed in ISIS attack on a checkpoint near Kifri on "
         "Friday", "Islamic State", "Iraqi Security Forces"),
    ],
)
def test_events_headline_told_by_a_force_office(text: str, actor1: str, actor2: str) -> None:
    events = [r for r in extract(text, published="2024-02-10") if isinstance(r, Event)]
    assert [(e.actor1, e.actor2, e.sub_event_type) for e in events] == [
        (actor1, actor2, "armed_clash")], [e.notes for e in events]
