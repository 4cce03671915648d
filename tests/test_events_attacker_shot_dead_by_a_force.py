"""An attacker the report tells was killed by a force ("The alleged attacker, X - shot dead
by police - had ...") carried out the attack: the force that ended it is not its author.
A force told as killing armed men in a fight of its own stays actor1."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text, published="2024-03-10") if isinstance(r, Event)
              and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed on Sunday in an attack on a bus station in Lyon, France. "
        "The alleged attacker, Karim Benali \u2013 shot dead by police \u2013 had sworn "
        "loyalty to a jihadist group.",
        "Two shoppers were stabbed to death at a mall in Graz, Austria, on Saturday. The "
        "assailant, a 30-year-old man, was shot dead by police outside the mall.",
    ],
)
def test_attacker_killed_by_police_is_the_author(text: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and "Police" not in event.actor1, (
        event.actor1, event.actor2)


def test_force_killing_armed_men_stays_the_author() -> None:
    event = _main("Soldiers shot dead two gunmen near Gao, Mali, on Monday.")
    assert event.actor1 == "Military Forces of Mali", (event.actor1, event.actor2)
