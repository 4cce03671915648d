"""Armed men a force says it hit ("Troops said they hit two gunmen during a gun battle")
are the other side of the fight, struck, not the force's partners; men joined to the force
by "and" or "with" stay its partners."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text, published="1988-05-10") if isinstance(r, Event)
              and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "Troops said they hit two gunmen during a gun battle in Derry on Monday.",
        "Soldiers hit three gunmen in a firefight near Newry on Sunday night.",
    ],
)
def test_gunmen_a_force_hit_are_struck(text: str) -> None:
    event = _main(text)
    assert event.actor2 is not None and "Unidentified Armed Group" in event.actor2, (
        event.actor1, event.actor2, event.assoc_actor_1)
    assert not any("Unidentified" in a for a in event.assoc_actor_1)


def test_men_who_hit_the_force_are_not_struck() -> None:
    event = _main("Two soldiers were hit by militants during a gun battle in Kidal, Mali, on "
                  "Monday.")
    assert event.actor2 is None or "Unidentified" not in event.actor2, (
        event.actor1, event.actor2)
