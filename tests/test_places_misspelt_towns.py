"""A name one letter off a town of some size, right after "in", is read as that town."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Angry over dry taps, youths burned tyres on the national road in Ain Oussara "
         "(Ain Oussara) on Saturday.", "Ain Oussara", "DZ", "Djelfa"),
        ("Residents blocked the national road in Ain Oussara to protest water cuts.",
         "Ain Oussara", "DZ", "Djelfa"),
    ],
)
def test_a_misspelt_town_after_in_is_read(
    text: str, name: str, country: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    "text",
    [
        # one letter off a town of 98,000 but no locative word before it
        "Ain Oussara officials said the water would return.",
    ],
)
def test_a_misspelt_small_town_needs_a_locative_word(text: str) -> None:
    found = places_in(text)
    assert "Ain Oussara" not in found or found["Ain Oussara"].place is None
