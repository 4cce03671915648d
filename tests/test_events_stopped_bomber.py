"""A bomber stopped by a force is the attacker; the force is who he struck at."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Soldiers killed a suicide bomber who tried to target a displaced persons camp in "
         "Dikwa on Saturday, an army spokesman said.", "Military"),
        ("Police shot dead two suicide bombers who tried to enter a church in Kano on Sunday "
         "morning, a police spokesman said.", "Police"),
    ],
)
def test_events_stopped_bomber_is_the_attacker(text: str, force: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and force not in event.actor1, event.actor1
    assert event.actor2 is not None and force in event.actor2, event.actor2


def test_events_force_struck_by_bomber_stays_the_target() -> None:
    event = _main("A suicide bomber blew himself up at a police post in Kano on Sunday, "
                  "killing three policemen.")
    assert event.actor2 is not None and "Police" in event.actor2, event.actor2
