"""A name whose last part is one capital letter joined by a hyphen ("Mrauk-U") is one name:
the letter is no acronym of its own."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("Artillery fire hit two wards of Mrauk-U on Sunday night.", "Mrauk-U",
         "populated_place"),
        ("On 11 June, near Kyun Taw village, Minbya Township, Mrauk-U District, Rakhine State, "
         "soldiers burned a granary.", "Mrauk-U", "admin2"),
    ],
)
def test_places_hyphen_letter_name(text: str, name: str, feature: str) -> None:
    found = places_in(text)
    assert name in found
    place = found[name].place
    assert place is not None
    assert (place.country, place.feature) == ("MM", feature)


def test_places_hyphen_letter_not_joined_with_space() -> None:
    # a capital letter after a space is no part of the name before it
    assert "Mrauk U" not in places_in("Troops left Mrauk U Ba Kyaw's house on Monday.")
