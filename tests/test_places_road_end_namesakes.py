"""The two ends of one road lie near each other: of the towns that bear one end's name, the
one nearest the other end ("the Cajamarca-San Marcos road" is no road to a San Marcos of
another continent), whether the road is written with a hyphen, "between X and Y" or "the road
that connects X to Y"."""

from __future__ import annotations

import pytest

from eventcoder.places import km_apart
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "end", "other"),
    [
        ("Farmers blocked the Cajamarca-San Marcos road on Tuesday.", "San Marcos",
         "Cajamarca"),
        ("Gunmen shot a driver on the road that connects San Marcos to Cajamarca.",
         "San Marcos", "Cajamarca"),
        ("Gunmen robbed a bus between Sogamoso and San Antonio at dawn.", "San Antonio",
         "Sogamoso"),
    ],
)
def test_places_road_end_nearest_the_other_end(text: str, end: str, other: str) -> None:
    found = places_in(text)
    a, b = found[end].place, found[other].place
    assert a is not None and b is not None
    assert a.country == b.country
    assert km_apart(a, b) < 300


def test_places_road_ends_near_each_other_stay() -> None:
    found = places_in("Farmers blocked the Valledupar-La Paz road on Tuesday.")
    place = found["La Paz"].place
    assert place is not None and (place.country, place.admin1) == ("CO", "Cesar")
