"""A name written as where the name before it lies ("X, Junin") is read as the province,
or its namesake town inside it, rather than a town of that name abroad; not so for an item
of a list of places."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "holder", "country", "admin1"),
    [
        ("Residents blocked the main road in Tarpuyoc, Junin, on Tuesday.", "Tarpuyoc",
         "Junin", "PE", "Junin"),
        ("On 3 March 2021, in Huaylloc, Junin, villagers held a sit-in over water.", "Huaylloc",
         "Junin", "PE", "Junin"),
    ],
)
def test_holder_is_the_province_not_a_town_abroad(
    text: str, name: str, holder: str, country: str, admin1: str
) -> None:
    found = places_in(text)
    for key in (name, holder):
        place = found[key].place
        assert place is not None
        assert place.country == country
        assert admin1 in (place.admin1, place.name)


def test_town_before_the_holder_still_decides() -> None:
    # Paraje Nuevo lies in Veracruz, as does a Cordoba: the pair, not the province bonus.
    found = places_in("Farmers protested in Paraje Nuevo, Cordoba, against new taxes.")
    place = found["Cordoba"].place
    assert place is not None and place.country == "MX"


@pytest.mark.parametrize(
    "text",
    [
        "Students marched in Byblos, Tripoli, Jounieh and Zahle against the government.",
        "Shops closed in Sidon, Tripoli, Matn and Zahle during the strike.",
    ],
)
def test_list_item_is_no_holder(text: str) -> None:
    place = places_in(text)["Tripoli"].place
    assert place is not None and place.country == "LB"


def test_small_town_outside_the_stated_division_is_placed_at_it() -> None:
    found = places_in("Activists entered a farm in Pinecrest, Idaho, United States.")
    mention = found["Pinecrest"]
    assert mention.place is not None
    assert (mention.place.country, mention.place.name) == ("US", "Idaho")
    assert mention.geo_precision == 3
