"""A drone strike whose striker goes unnamed is laid to the side the report blames it on or
says fields drones there; where nothing says, it stays ACLED's unidentified military forces."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_STRIKE = ("Five civilians were killed when a drone dropped bombs on a market in Kadugli, "
           "South Kordofan, on Friday.")


def _striker(text: str) -> str | None:
    events = [r for r in extract(text, published="2024-05-15") if isinstance(r, Event)]
    assert [e.sub_event_type for e in events] == ["air_drone_strike"]
    return events[0].actor1


@pytest.mark.parametrize(("more", "striker"), [
    (" Residents blamed the strike on the army.", "Sudanese Armed Forces"),
    (" The army has increasingly used drones against towns held by its rivals.",
     "Sudanese Armed Forces"),
])
def test_side_that_fields_drones(more: str, striker: str) -> None:
    assert _striker(_STRIKE + more) == striker


def test_drone_blamed_on_a_side_in_its_own_sentence() -> None:
    text = ("Two farmers were killed when a drone blamed on the military dropped bombs near "
            "their house in Kutkai township, Shan State, on Sunday.")
    assert _striker(text) == "Tatmadaw"


def test_rebels_flying_drones() -> None:
    text = ("Two farmers were killed when bombs dropped from a drone exploded near their "
            "house in Kutkai township, Shan State, on Sunday. The rebels have increasingly "
            "used drones to attack army posts.")
    assert _striker(text) == "Rebels (Myanmar)"


def test_nothing_said_keeps_unidentified_military_forces() -> None:
    assert _striker(_STRIKE + " No one has claimed the strike.") == \
        "Unidentified Military Forces"
