"""A group named as who runs the ministry that tells the toll ("Houthi health ministry
says", "the Hamas-run health ministry said") owns the teller: it is no side of the strike
it tells of, and the dead it counts are the side struck."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.events import _MINISTRY_TELLS
from eventcoder.records import Event


@pytest.mark.parametrize("text", [
    "Coalition air strike on market kills 14, Houthi health ministry says\n\n"
    "A Saudi-led coalition strike hit a crowded market in Saada province on Monday, killing "
    "14 civilians, the Houthi-run health ministry said.",
])
def test_the_group_of_the_telling_ministry_is_no_side_struck(text: str) -> None:
    events = [e for e in extract(text, published="2022-03-15") if isinstance(e, Event)]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Operation Restoring Hope", "Civilians (Yemen)")]


@pytest.mark.parametrize(("after", "tells"), [
    (" health ministry says", True), ("-run health ministry said", True),
    ("-run health ministry closed three markets", False), (" fighters said", False),
])
def test_ministry_tells(after: str, tells: bool) -> None:
    assert (_MINISTRY_TELLS.match(after) is not None) is tells
