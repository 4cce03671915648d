"""A country written right after a place with a compass word before it ("in northern Iraq",
"in eastern Syria", ", south Lebanon") holds the place as the bare country does: a name the
gazetteer knows only abroad is not read abroad, and the event lies in that country."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "A roadside bomb wounded two herders near Gara in northern Iraq on Sunday.",
    "A roadside bomb wounded two herders near Gara, northern Iraq, on Sunday.",
    "Mortar rounds landed near Gara in north Iraq late on Friday.",
])
def test_places_no_namesake_abroad_outside_the_country_with_its_side(text: str) -> None:
    place = places_in(text)["Gara"].place
    assert place is None or place.country == "IQ"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Drones struck a convoy near Mayadin in eastern Syria on Sunday.", "Mayadin", "SY"),
    ("Shells fell on Marjayoun in south Lebanon overnight.", "Marjayoun", "LB"),
])
def test_places_town_of_the_country_with_its_side(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


def test_events_placed_in_the_country_with_its_side() -> None:
    text = ("On 21 August 2022, a roadside bomb wounded two herders near Gara in northern "
            "Iraq, local officials said.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events and all(e.location.country == "IQ" for e in events)
