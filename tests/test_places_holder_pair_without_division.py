"""A holder whose readings hold no reading of the name before it is read as a holder alone:
"Marcus, Washington, United States" is the state, though the gazetteer knows no Marcus in
it, not the capital that bears the state's name."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "holder", "admin1"),
    [
        ("Unknown men set fire to a barn in Marcus, Washington, United States, on Tuesday.",
         "Washington", "Washington"),
        ("On Friday, in Northport, Washington, United States, vandals wrecked a feed store.",
         "Washington", "Washington"),
        # a country's dotted abbreviation after the holder ends the phrase as its name does
        ("Activists released mink from a farm near Marcus, Washington, U.S., on Sunday.",
         "Washington", "Washington"),
    ],
)
def test_places_holder_without_pair_is_the_division(text: str, holder: str, admin1: str) -> None:
    place = places_in(text)[holder].place
    assert place is not None
    assert (place.feature, place.admin1) == ("admin1", admin1)
