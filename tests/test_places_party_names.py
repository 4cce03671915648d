"""Parties and broadcasters named after a word that is also a village's name are no place."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        ("On 5 June 2021, shop owners and members of Svoboda rallied outside the city "
         "council in Vinnytsia, demanding lower rents.", "Vinnytsia", "Vinnytsia"),
        ("Around 60 Svoboda activists picketed the regional prosecutor's office in Poltava "
         "on 14 May 2021.", "Poltava", "Poltava"),
    ],
)
def test_svoboda_is_a_party_not_a_village(text: str, town: str, admin1: str) -> None:
    found = places_in(text)
    svoboda = found.get("Svoboda")
    assert svoboda is None or svoboda.place is None
    place = found[town].place
    assert place is not None
    assert (place.country, place.admin1) == ("UA", admin1)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Kurdistan Democratic Party clashed with rivals near Sinjar.",
        "Fighters of the Kurdistan Workers' Party clashed with rivals near Sinjar.",
        "Fighters of the Kurdistan Workers\u2019 Party clashed with rivals near Sinjar.",
    ],
)
def test_a_place_name_opening_a_party_s_name_is_no_place(text: str) -> None:
    found = places_in(text)
    assert found.get("Kurdistan") is None or found["Kurdistan"].place is None
    place = found["Sinjar"].place
    assert place is not None and place.country == "IQ"


def test_the_kurdistan_region_is_iraq_s() -> None:
    found = places_in("ERBIL, Kurdistan Region - Two Peshmerga fighters were wounded.")
    place = found["Kurdistan Region"].place
    assert place is not None and place.country == "IQ"
