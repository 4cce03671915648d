"""A political party of one country named in a text that names no country says which
country's namesake a place is: "supporters of the Future Movement ... in Tripoli" is
Lebanon's Tripoli, though Libya's is the larger."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("On 3 June 2022, supporters of the Future Movement blocked roads in Tripoli.",
         "Tripoli", "LB"),
        ("Free Patriotic Movement supporters rallied in Tripoli on Sunday evening.", "Tripoli",
         "LB"),
        ("Kataeb members held a sit-in outside a bank in Tripoli.", "Tripoli", "LB"),
    ],
)
def test_party_of_one_country_places_a_namesake(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


def test_country_named_outweighs_no_party() -> None:
    place = places_in("Libyan forces shelled positions south of Tripoli on Friday.")["Tripoli"]
    assert place.place is not None and place.place.country == "LY"
