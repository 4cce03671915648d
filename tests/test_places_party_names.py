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
