"""A country is read from a name only where the name is written as one of the country's
names or its people's, not where it only sounds like one: "Samawa" (a city of Iraq) shares
Samoa's sound key, "Uman" (a city of Ukraine) Oman's, "Mallawi" (a town of Egypt)
Malawi's."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Hundreds of graduates protested in Samawa demanding jobs.", "Samawa", "IQ"),
        ("Hundreds of graduates protested in Samawah demanding jobs.", "Samawah", "IQ"),
        ("Pensioners rallied in Uman against the rise in heating prices.", "Uman", "UA"),
        ("Farmers protested in Mallawi against the price of fertiliser.", "Mallawi", "EG"),
    ],
)
def test_places_town_sounding_like_a_country_is_the_town(
    text: str, name: str, country: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country
    assert place.feature != "country"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A cyclone struck Samoa on Friday, officials said.", "Samoa", "WS"),
        ("Fishermen in Oman were warned of high seas.", "Oman", "OM"),
    ],
)
def test_places_country_written_by_its_name_is_still_the_country(
    text: str, name: str, country: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None and (place.feature, place.country) == ("country", country)


def test_places_town_before_town_noun_no_people_by_sound() -> None:
    # "Man" sounds as the Isle of Man but is written as no country's name: before "town"
    # and its holders it is the Ivorian town.
    text = "Party members disrupted a meeting in Man town (Tonkpi, Montagnes) on Sunday."
    place = places_in(text)["Man"].place
    assert place is not None and (place.country, place.feature) == ("CI", "populated_place")


@pytest.mark.parametrize(
    ("name", "spelled"),
    [("Samoa", True), ("Samawa", False), ("Iraqis", True), ("U.S.", True),
     ("Ivory Coast", True), ("Uman", False), ("Oman", True)],
)
def test_gazetteer_spells_country(name: str, spelled: bool) -> None:
    assert load_gazetteer().spells_country(name) is spelled
