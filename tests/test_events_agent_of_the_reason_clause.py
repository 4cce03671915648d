"""The agent of a passive told in the clause that gives the reason for an active deed
("... attacked police officers after two boys were killed by gunmen") is no party to the
deed: the subject of the active verb did it."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2022-03-30") if isinstance(r, Event)]
    assert events
    return events[0]


def test_crowd_that_attacked_after_a_killing_by_gunmen() -> None:
    event = _event("On Tuesday, townspeople of Old Harbour attacked police officers after a "
                   "girl was killed by gunmen nearby, and later began throwing stones at them.")
    assert event.event_type == "riots"
    assert event.actor1 == "Rioters (Jamaica)"
    assert event.actor2 == "Police Forces of Jamaica"


def test_troops_who_attacked_after_their_men_were_killed() -> None:
    event = _event("Soldiers attacked a village near Mocimboa da Praia on Tuesday after two "
                   "soldiers were killed by insurgents on the road.")
    assert event.actor1 == "Military Forces of Mozambique"


def test_a_passive_deed_keeps_its_agent() -> None:
    event = _event("Two traders were killed by gunmen near Mocimboa da Praia on Tuesday.")
    assert event.actor1 is not None and event.actor1.startswith("Unidentified")
