"""Words around a deed's trigger that tell no deed, or no party to it: a body that
"condemns the deadly attack against its peacekeepers" tells of the attack and did not do it;
"until the last terrorist is neutralised" is a goal; "vehicles fitted with heavy machine
guns" and "a workshop used to assemble explosive devices" are things, not fire or a blast;
a "Defence spokesperson in Srinagar" is where the voice of a force sits, not where the fight
was."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str = "2025-07-10") -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


@pytest.mark.parametrize("verb", ["condemns", "strongly condemned", "denounces"])
def test_events_condemning_body_is_no_party(verb: str) -> None:
    text = (f"MONUSCO {verb} the deadly attack against its peacekeepers in Ituri\n\n"
            "Bunia, 10 July 2025 - Fighters of the Allied Democratic Forces attacked a patrol "
            "of peacekeepers near the village of Mambasa on 9 July 2025, killing one "
            "peacekeeper.")
    events = _events(text)
    assert len(events) == 1, [e.notes for e in events]
    assert events[0].actor1 == "Allied Democratic Forces"


def test_events_goal_told_after_until_is_no_deed() -> None:
    text = ('Ankara, 10 July 2025 - "Our operations will continue until the last terrorist '
            'is neutralised," the ministry spokesman said at the weekly briefing.')
    assert _events(text) == []


@pytest.mark.parametrize(("things", "sub_event_type"), [
    ("two pickups fitted with heavy machine guns", "armed_clash"),
    ("a workshop used to assemble explosive devices", "armed_clash"),
])
def test_events_things_destroyed_are_no_fire(things: str, sub_event_type: str) -> None:
    text = ("Mogadishu, 10 July 2025 - The Somali National Army killed 14 al-Shabaab "
            f"fighters in an operation near Mahadaay on Wednesday and destroyed {things}.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_events_seat_of_a_spokesperson_is_no_place_of_the_fight() -> None:
    text = ("Two terrorists were killed in an encounter with security forces in the Redwani "
            "area of Kulgam district of Jammu and Kashmir on Wednesday.\n\n"
            '"The operation was conducted with care," said Lieutenant Colonel Arun Rao, '
            "Defence spokesperson in Srinagar.")
    events = _events(text)
    assert [e.location.name for e in events] == ["Redwani"]
