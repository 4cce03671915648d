"""An event whose own sentences name no known place lies where the report's earlier event
does, and "a leader of the group" is of the group told of before, not a civilian."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

REPORTS = [
    ("U.S. forces conducted a strike in Syria's Idlib province on May 8, killing a senior "
     "leader of Hurras al-Din, an al-Qaeda affiliate.\n"
     "In February, U.S. forces killed another leader of the group near the town of Tilbuqa.\n"
     "CENTCOM continues to conduct operations in Iraq and Syria against the group.",
     "SY", "Idlib"),
    ("Coalition aircraft struck a hideout of al-Shabaab in Somalia's Lower Juba region on "
     "June 2, killing four fighters.\n"
     "On 14 January, coalition forces killed a commander of the group near the village "
     "of Qoryoley Dhexe.\n"
     "The coalition supports partner forces in Somalia and Kenya.",
     "SO", "Jubbada Hoose"),
    ("Iraqi F-16 jets bombed an ISIS hideout in Iraq's Kirkuk province on 4 March, killing "
     "five militants.\n"
     "On 9 January, Iraqi troops killed two leaders of the organisation near the village "
     "of Wadi Zghaytun.\n"
     "Joint operations are continuing in Syria and Iraq against remnants of the group.",
     "IQ", "Kirkuk"),
]


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "country", "admin1"), REPORTS)
def test_events_earlier_place_not_a_later_country(text: str, country: str,
                                                  admin1: str) -> None:
    events = _events(text)
    assert len(events) >= 2
    later = events[-1]
    assert later.location.country == country
    assert later.location.admin1 == admin1


@pytest.mark.parametrize(("text", "country", "admin1"), REPORTS)
def test_events_earlier_place_group_not_civilians(text: str, country: str,
                                                  admin1: str) -> None:
    later = _events(text)[-1]
    assert later.actor2 is not None
    assert not later.actor2.startswith("Civilians")
    assert later.actor2 == _events(text)[0].actor2
