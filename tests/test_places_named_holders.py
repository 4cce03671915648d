"""A district or province written right after a name decides where the name lies.

"Pipri, Kaushambi (UP)": a spelling variant must lie in the district written after the
name, not just in its state; else the name is placed at the district. "El Callao, Bolivar
state": a town that the division written after it holds is no namesake abroad, even where
the division's name alone would first be read in another country.
"""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "district"),
    [
        ("Two men were shot in a land dispute in Pipri, Kaushambi (UP) on Friday.", "Pipri",
         "Kaushambi"),
        ("A mob torched a shop in Pipri, Kaushambi district, Uttar Pradesh.", "Pipri",
         "Kaushambi"),
    ],
)
def test_places_variant_must_lie_in_the_district_named(
    text: str, name: str, district: str
) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None
    assert mention.place.admin2 == district
    assert mention.geo_precision == 2


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Gunmen killed a gold miner in El Callao, Bolivar state, on Tuesday.", "El Callao",
         "VE", "Bolivar"),
        ("Soldiers clashed with miners near El Callao, Bolivar, Venezuela.", "El Callao",
         "VE", "Bolivar"),
    ],
)
def test_places_town_held_by_division_written_after_it(
    text: str, name: str, country: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None and (place.country, place.admin1) == (country, admin1)
