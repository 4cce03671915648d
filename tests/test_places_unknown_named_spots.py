"""A name the gazetteer lacks, written with "area" or "village" after it, is a place of its
own name: not a one-letter slip for a populous town elsewhere."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants fired on a police post in Lashora area on Monday, wounding two men.",
         "Lashora"),
        ("Raiders torched huts in Maiduguiro village at dawn, residents said.", "Maiduguiro"),
        ("A mine went off near Pashawer area late on Tuesday.", "Pashawer"),
    ],
)
def test_unknown_name_with_place_noun_is_no_misspelling(text: str, name: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is None
    assert "spelling variant" not in (mention.reason or "")
    assert "not in the gazetteer" in (mention.reason or "")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A grenade was thrown at a shop in Maiduguiri city on Monday.", "Maiduguiri", "NG"),
        ("Gunmen opened fire on a bus near Pashawar on Sunday.", "Pashawar", "PK"),
    ],
)
def test_misspelt_city_still_read(text: str, name: str, country: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.country == country
