"""A town reached only by an alternate name or its sound key loses to a namesake abroad
spelled as written; where the text points to the town's country (its people, police,
army or name), that loss is given back: the pointer says the match is no chance one."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Koysinjaq, known as Koya, against a Japanese village spelled so
        ("On 2 June 2022, Iraqi police detained two smugglers in Koya.", "Koya", "IQ"),
        # Sidon, written Saida, against Algeria's province and town of that spelling
        ("On 2 June 2022, Lebanese protesters burned tyres on the main road in Saida.",
         "Saida", "LB"),
        # Libya's Khoms, written Homs, against Syria's city and governorate
        ("On 2 June 2022, Libyan police arrested four traffickers in Homs.", "Homs", "LY"),
    ],
)
def test_places_pointed_country_gives_back_a_loose_reading(
        text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the namesake spelled as written keeps its reading where the text points to it
        ("On 2 June 2022, Algerian police arrested four traffickers in Saida.", "Saida",
         "DZ"),
        ("On 2 June 2022, Syrian police arrested four traffickers in Homs.", "Homs", "SY"),
        # a people named of a third country gives no loose reading anything back
        ("On 2 June 2022, Turkish traders protested against new taxes in Homs.", "Homs",
         "SY"),
    ],
)
def test_places_spelled_namesake_kept_where_the_text_points_to_it(
        text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country
