"""Abbreviations the press writes for a country's full name ("UAE", "DPRK", "PRC"),
read as that country where a place goes, as "DRC" and "CAR" are."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(("text", "written", "country"), [
    ("Drones struck a fuel depot in the UAE on Wednesday.", "UAE", "AE"),
    ("Missiles were test-fired from the DPRK overnight.", "DPRK", "KP"),
    ("Protests spread across the PRC last week.", "PRC", "CN"),
])
def test_places_country_abbreviation_where_a_place_goes(text: str, written: str,
                                                        country: str) -> None:
    place = places_in(text)[written].place
    assert place is not None and (place.country, place.feature) == (country, "country")


def test_events_placed_in_the_abbreviated_country() -> None:
    text = ("On 11 October 2022, two drones struck a fuel depot in the UAE, killing three "
            "workers, officials said.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events and all(e.location.country == "AE" for e in events)

