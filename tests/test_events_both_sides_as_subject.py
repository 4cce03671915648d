"""Two sides told together as the subject of a verb of fighting each other ("Sudanese troops
and RSF fighters clashed", "military forces of India and Pakistan exchanged fire") are actor1
and actor2, not a force and its associate; a state's own branches told together stay allies."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in extract(text, published="2020-05-10") if isinstance(r, Event)]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 6 May 2020, Sudanese troops and RSF fighters clashed in Nyala.",
     "Sudanese Armed Forces", "Rapid Support Forces"),
    ("On 6 May 2020, military forces of India and Pakistan exchanged fire along the Line of "
     "Control near Kirni in Poonch district.",
     "Military Forces of India", "Military Forces of Pakistan"),
    ("On 6 May 2020, the armed forces of Armenia and Azerbaijan clashed near Tovuz.",
     "Military Forces of Armenia", "Military Forces of Azerbaijan"),
    ("On 6 May 2020, Kurdish Peshmerga and Iraqi troops fought near Makhmour.",
     "Peshmerga", "Iraqi Security Forces"),
])
def test_both_sides_of_a_fight_told_as_its_subject(text: str, actor1: str,
                                                   actor2: str) -> None:
    event = _event(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)
    assert event.assoc_actor_1 == []


def test_branches_of_one_state_told_together_are_allies() -> None:
    event = _event("On 6 May 2020, the army and police clashed with bandits in Zamfara.")
    assert (event.actor1, event.actor2) == ("Military Forces of Nigeria",
                                            "Unidentified Armed Group (Nigeria)")
    assert event.assoc_actor_1 == ["Police Forces of Nigeria"]
    event = _event("On 6 May 2020, the army and police fought in Kaduna.")
    assert event.actor2 is None


def test_forces_of_a_state_then_another_states_own_troops_are_not_doubled() -> None:
    event = _event("On 6 May 2020, forces of India and Pakistani troops exchanged fire near Uri.")
    assert (event.actor1, event.actor2) == ("Military Forces of India",
                                            "Military Forces of Pakistan")
