"""A town outside the division written next to it as its holder is a namesake, unless it is
a city of a million or more: "Celaya, Queretaro" is no Celaya of Guanajuato."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # Cities of some hundred thousand people in another province: the village of that
        # name the gazetteer lacks is placed at the province written next to it.
        ("On 11 June 2021, in Nawabshah, Balochistan, traders shut their shops against a new "
         "levy.", "Nawabshah", "Balochistan"),
        ("On 12 June 2021, in Benito Juarez, Durango, farmers burned tyres on the road to the "
         "state capital.", "Benito Juarez", "Durango"),
        ("On 13 June 2021, in Celaya, Queretaro, teachers marched to the town hall over "
         "unpaid bonuses.", "Celaya", "Queretaro"),
    ],
)
def test_namesake_city_outside_holder(text: str, name: str, admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert admin1 in (place.admin1, place.name)


def test_million_city_outside_holder_stands() -> None:
    # A city of a million or more is likelier than a slip in the division's name.
    place = places_in("On 11 June 2021, in Guadalajara, Sinaloa, police found the bodies of "
                      "two men.")["Guadalajara"].place
    assert place is not None
    assert place.admin1 == "Jalisco"
