"""The force that escorted or guarded what was struck ("a convoy of fuel tankers escorted
by the army came under fire") is on the side struck: no passive's agent of the attack."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, doc_id="t", published="2025-02-12")
            if isinstance(r, Event)]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a convoy of fuel tankers escorted by the army came under fire near Kaya, "
        "in Burkina Faso, a union official said. Four drivers were killed.",
        "On Monday, a column of buses guarded by soldiers was ambushed near Kaya, in Burkina "
        "Faso. Four passengers were killed.",
    ],
)
def test_the_escort_is_not_the_attacker(text: str) -> None:
    (event,) = _events(text)
    assert event.actor1 != "Military Forces of Burkina Faso"
    assert event.actor2 == "Military Forces of Burkina Faso"


def test_the_agent_of_an_ambush_is_still_the_attacker() -> None:
    (event,) = _events("On Monday, a convoy of traders was ambushed by soldiers near Kaya, "
                       "in Burkina Faso. Four traders were killed.")
    assert event.actor1 == "Military Forces of Burkina Faso"
