"""A verb of attack right after "often", "regularly", "frequently" ("has since become the
dominant jihadist group around Lake Chad, often targeting military bases") tells what a
group does as a rule, not an incident: no event of the year the sentence names."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

RAID = "Insurgents attacked an army base in Gajiram on Sunday night, killing nine soldiers. "


def _events(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.date_start, e.fatalities) for e in extract(text, published="2024-02-06")
            if isinstance(e, Event)]


@pytest.mark.parametrize("history", [
    "ISWAP split from Boko Haram in 2016 and has since become the dominant jihadist group "
    "around Lake Chad, often targeting military bases in northern Borno.",
    "Founded in 2016, the group regularly attacks convoys on the roads of northern Borno.",
])
def test_a_groups_way_is_no_incident(history: str) -> None:
    assert _events(RAID + history) == [("2024-02-04", 9)]


def test_a_deed_told_with_often_elsewhere_stays() -> None:
    text = ("Gunmen, who often raid villages in the area, killed two farmers in Gajiram on "
            "Sunday night.")
    assert _events(text) == [("2024-02-04", 2)]
