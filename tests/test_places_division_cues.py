"""Cues that a name is the place meant: a division word after it ("Kurunegala district"),
and a people's name with a division word ("Somali region")."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Unpaid factory hands picketed their plant at Narammala town (Kurunegala district) "
         "on Monday.", "Kurunegala", "LK"),
        ("Farmers blocked a road at Kanewatta village (Polpithigama, Kurunegala district).",
         "Kurunegala", "LK"),
        ("Nurses protested outside the hospital (Kurunegala district) on Friday.",
         "Kurunegala", "LK"),
    ],
)
def test_a_division_word_after_a_small_division_is_a_cue(
    text: str, name: str, country: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.country == country and place.feature == "admin2"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Five people died when two clans fought over a well in Jarar zone (Somali region).",
         "Somali", "ET", "Somalia Regional"),
        ("Police dispersed a protest in Degehabur, Somali region, on Sunday.", "Somali", "ET",
         "Somalia Regional"),
        ("Two clan militias fought in the Somali state of Ethiopia.", "Somali", "ET",
         "Somalia Regional"),
    ],
)
def test_a_people_with_a_division_word_is_the_division(
    text: str, name: str, country: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.feature, place.name) == (country, "admin1", admin1)


def test_a_people_without_a_division_word_names_its_country() -> None:
    place = places_in("Somali forces attacked al Shabaab fighters in Afgooye.")["Afgooye"].place
    assert place is not None and place.country == "SO"
