"""Who did the act an attack is told as the reason for ("Police closed the highway after an
attack on a convoy") is no party to the attack (texts written for these tests)."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def _event(text: str) -> Event:
    (event,) = [r for r in eventcoder.extract(text, published="2024-05-09")
                if isinstance(r, Event)]
    return event


def test_the_police_closing_a_road_are_not_the_attackers() -> None:
    event = _event("Police in Garissa county closed the highway to the border town of Mandera "
                   "after an attack on a convoy of buses, officials said.")
    assert event.actor1 != "Police Forces of Kenya"
    assert event.actor1 == "Unidentified Armed Group (Kenya)"


def test_the_attacker_named_in_the_reason_clause_is_kept() -> None:
    event = _event("Police in Garissa county closed the highway to Mandera after an attack by "
                   "al-Shabaab militants on a convoy of buses, officials said.")
    assert event.actor1 == "Al Shabaab"


def test_a_deed_told_by_a_gerund_after_the_act_is_the_subjects_own() -> None:
    event = _event("Al-Shabaab militants cut power to the town on Friday after detonating two "
                   "bombs at a transformer station, officials said.")
    assert event.actor1 == "Al Shabaab"
    assert event.date_start == "2024-05-03"
    assert event.time_precision == 1
