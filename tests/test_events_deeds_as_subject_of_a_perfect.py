"""Deeds told as the subject of a perfect over a stretch of years ("where clashes over
grazing land and water have emptied hundreds of settlements over the past decade") are a
trend told for context: they give the story's raid none of their kind."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.events import _PERFECT_AFTER
from eventcoder.records import Event

RAID = ("At least 14 people were killed when gunmen raided a village on the outskirts of "
        "Makurdi late on Saturday, police said.")


@pytest.mark.parametrize("context", [
    "Stories like hers are common in central Nigeria, where clashes over grazing land and "
    "water have emptied hundreds of settlements over the past decade.",
    "Clashes between farmers and herders have displaced thousands in the state in the last "
    "five years.",
])
def test_a_trend_gives_the_raid_none_of_its_kind(context: str) -> None:
    events = [e for e in extract(f"{context}\n\n{RAID}", published="2024-05-20")
              if isinstance(e, Event)]
    assert [(e.date_start, e.sub_event_type) for e in events] == [("2024-05-18", "attack")]


@pytest.mark.parametrize(("after", "perfect"), [
    (" over grazing land have emptied", True), (" have displaced thousands", True),
    (" on police have risen", False),
    (" broke out on monday", False), (", which have killed", False),
])
def test_perfect_after_the_deed(after: str, perfect: bool) -> None:
    assert (_PERFECT_AFTER.match(after) is not None) is perfect
