"""A name written with "town" or "city" after it, where a division bears that name, is the
town that seats the division (whatever the gazetteer calls it), not a smaller namesake
hamlet elsewhere; without the word, the reading is left to the other evidence."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "Police said a shopkeeper was shot dead in Vieques city late on Saturday.",
    "Two officers were wounded when a car bomb went off near the port of Vieques town.",
])
def test_town_word_is_the_seat_of_the_division_of_its_name(text: str) -> None:
    place = places_in(text)["Vieques"].place
    assert place is not None and place.feature == "populated_place"
    assert place.country == "PR" and place.admin1 == "Vieques"


def test_a_smaller_seat_does_not_outweigh_a_city() -> None:
    place = places_in("Thousands of teachers marched through Buenos Aires city on Tuesday.")[
        "Buenos Aires"].place
    assert place is not None and place.country == "AR"


@pytest.mark.parametrize("text", [
    "Gunmen shot a soldier in Tripoli city, Lebanon, on Sunday.",
    "Lebanese troops clashed with gunmen in Tripoli city on Sunday.",
])
def test_no_seat_of_another_country(text: str) -> None:
    place = places_in(text)["Tripoli"].place
    assert place is not None and place.country == "LB" and place.feature == "populated_place"
