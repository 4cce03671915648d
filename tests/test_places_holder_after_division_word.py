"""A province written after a district or municipality word ("Irapuato municipality,
Guanajuato") is the holder the text states, as one written after a bare name is: a village
named later in the report is not a namesake in another province of the country."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "village", "state"),
    [
        ("On 12 March 2022, in Irapuato municipality, Guanajuato, gunmen shot two brothers "
         "on the lane to Camargo ranch.", "Camargo", "Guanajuato"),
        ("Early on Friday, in Santiago Pinotepa Nacional municipality, Oaxaca, police "
         "detained four men who had blocked the way into Camellia community.", "Camellia",
         "Oaxaca"),
    ],
)
def test_village_is_not_read_in_another_province(text: str, village: str, state: str) -> None:
    place = places_in(text)[village].place
    assert place is None or place.admin1 == state


def test_municipality_namesake_in_the_stated_state() -> None:
    # Aquila is a town of Michoacan and a municipality of Veracruz.
    found = places_in("On 4 May 2022, in Orizaba municipality, Veracruz, residents of Aquila "
                      "village marched against a landfill.")
    place = found["Aquila"].place
    assert place is not None
    assert (place.country, place.admin1) == ("MX", "Veracruz")
