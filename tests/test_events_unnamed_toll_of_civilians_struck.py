"""A toll that names no side ("the death toll has risen to nine"), of an attack on
civilians where no armed side is struck or counted, is of the civilians struck; a toll of
an attack on a force, or one with the attacker among its dead, keeps no side."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _harm(text: str) -> list[tuple[str, str | None, int | None]]:
    events = [r for r in extract(text, published="2024-11-09") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return sorted((c.kind, c.party, c.count) for c in events[0].casualties)


@pytest.mark.parametrize("text", [
    "The death toll from Thursday's car bomb at a vegetable market in Hawija has risen to "
    "eleven, a hospital official said on Saturday. Most of the victims were farmers selling "
    "their produce.",
    "The death toll from Thursday's car bomb attack on civilians at a vegetable market in "
    "Hawija has risen to eleven, a hospital official said on Saturday.",
    "The death toll from Thursday's car bomb at a vegetable market in Hawija has risen to "
    "eleven, a hospital official said on Saturday, adding that 20 wounded people remain in "
    "hospital.",
], ids=["victims-told-after", "on-civilians", "wounded-people"])
def test_events_unnamed_toll_is_of_the_civilians_struck(text: str) -> None:
    assert _harm(text) == [("killed", "Civilians (Iraq)", 11)]


@pytest.mark.parametrize("text", [
    "The death toll from Thursday's car bomb at an army checkpoint near Hawija has risen to "
    "eleven, a hospital official said on Saturday, adding that 20 wounded people remain in "
    "hospital.",
], ids=["checkpoint"])
def test_events_unnamed_toll_of_an_attack_on_a_force_keeps_no_side(text: str) -> None:
    assert [(kind, party) for kind, party, _count in _harm(text)
            if kind == "killed"] == [("killed", None)]
