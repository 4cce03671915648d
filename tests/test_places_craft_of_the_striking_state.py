"""A state's craft named as the striker ("Israeli drones", "Turkish warplanes") tells who
struck, not where: its country counts once, as its people's name does, and the report's
other country words choose between namesakes ("near Tyre", with Lebanese officials telling
it, is Lebanon's Tyre)."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import theatre_countries
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "An Israeli drone hit a car near Tyre on Sunday, wounding two, Lebanese officials said.",
    "Lebanese rescuers said Israeli warplanes bombed a farm near Tyre late on Sunday.",
])
def test_places_namesake_chosen_by_the_reports_other_country_words(text: str) -> None:
    place = places_in(text)["Tyre"].place
    assert place is not None and place.country == "LB"


def test_actors_craft_of_a_state_place_no_text() -> None:
    assert not theatre_countries("Turkish drones struck two vehicles on Tuesday.")


def test_events_placed_at_the_namesake_of_the_struck_country() -> None:
    text = ("On 17 April 2022, an Israeli drone hit a car near Tyre, wounding two, Lebanese "
            "officials said.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events and all(e.location.country == "LB" for e in events)
