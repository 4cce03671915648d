"""A riot's deed done by an armed hand (militants, a named group) and not by a crowd is no
riot: destruction when it hurt nobody, an attack when it did."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        ("On 3 June 2012, masked militants threw a Molotov cocktail into a parked bus in "
         "Diyarbakir, Turkey. Nobody was hurt.",
         "strategic_developments", "Unidentified Armed Group (Turkey)"),
        ("On 3 June 2012, about 30 militants attacked a forest office near Tura, Meghalaya, "
         "India, ransacked it and burned its records. No one was injured.",
         "strategic_developments", "Unidentified Armed Group (India)"),
        # a crowd's deed stays a riot
        ("On 3 June 2012, a mob ransacked a forest office near Tura, Meghalaya, India, "
         "after a youth died in custody. No one was injured.",
         "riots", "Rioters (India)"),
    ],
)
def test_armed_hand_makes_no_riot(text: str, event_type: str, actor1: str) -> None:
    event = _main(text)
    assert (event.event_type, event.actor1) == (event_type, actor1)
