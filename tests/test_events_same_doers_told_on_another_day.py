"""A sentence that opens on the doers told before ("The attackers, who came on motorcycles,
also burned 30 houses, police told reporters on Sunday") goes on with their raid, whatever
kind of act it tells: the day it was told is no new incident's, and the victims told after
it ("the dead included four women") are the raid's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.events import _SAME_DOERS
from eventcoder.records import Event

RAID = ("At least 14 people were killed when gunmen raided a village near Makurdi late on "
        "Saturday, police said. ")


@pytest.mark.parametrize("more", [
    "The attackers also burned 30 houses before fleeing, a spokeswoman told reporters on "
    "Sunday.",
    "The attackers, who arrived on motorcycles, also burned 30 houses and a school, police "
    "said on Sunday.",
    "The gunmen then looted shops, residents said on Sunday.",
])
def test_more_of_the_same_doers_is_the_same_raid(more: str) -> None:
    text = RAID + more + " Residents said the dead included four women."
    events = [e for e in extract(text, published="2024-05-20") if isinstance(e, Event)]
    assert [(e.date_start, e.fatalities) for e in events] == [("2024-05-18", 14)]


def test_other_doers_on_another_day_are_another_event() -> None:
    text = RAID + "Soldiers burned 30 houses in a nearby village on Sunday, residents said."
    events = [e for e in extract(text, published="2024-05-20") if isinstance(e, Event)]
    assert len(events) == 2


@pytest.mark.parametrize(("text", "matched"), [
    ("the attackers also burned", True), ("the gunmen, who wore masks, then fled", True),
    ("the attackers burned", False), ("the police also said", False),
])
def test_same_doers_opening(text: str, matched: bool) -> None:
    assert (_SAME_DOERS.match(text) is not None) is matched
