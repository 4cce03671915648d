"""A town written right before the name of the first-level division that holds it, with no
comma between them ("in Bakersfield California", "Frederick Maryland"), is that town, as
"Bakersfield, California" is: not one longer name, nor a person's, left unplaced."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("A gunman shot three workers at a depot in Frederick Maryland on 4 June 2023.",
     "Frederick", "Maryland"),
    ("Two men were stabbed outside a bar in Bakersfield California on Sunday.",
     "Bakersfield", "California"),
    ("Traders marched through Kumasi Ashanti to protest new levies.", "Kumasi", "Ashanti"),
], ids=["given-name-town", "partial-town", "town-of-another-country"])
def test_places_town_then_its_division_without_a_comma(text: str, town: str,
                                                       admin1: str) -> None:
    place = places_in(text)[town].place
    assert place is not None and (place.feature, place.admin1) == ("populated_place", admin1)


def test_events_placed_at_the_town_before_its_division() -> None:
    text = "On 4 June 2023, a gunman shot three workers at a depot in Frederick Maryland."
    [event] = [r for r in extract(text) if isinstance(r, Event)]
    assert (event.location.name, event.location.country, event.location.admin1,
            event.location.geo_precision) == ("Frederick", "US", "Maryland", 1)


def test_places_division_not_holding_the_name_before_it_is_no_holder() -> None:
    # No Frederick lies in Ashanti: the two words are read as before, neither as the town
    # of the other's division.
    found = places_in("A gunman shot three workers in Frederick Ashanti on Sunday.")
    town = found.get("Frederick")
    assert town is None or town.place is None or town.place.admin1 != "Ashanti"
