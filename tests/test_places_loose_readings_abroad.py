"""A name no reading spells as written, whose readings by a shared key are small towns of
several countries, none of which the text points to, is left unresolved: it is a place
the gazetteer lacks, not the most populous of the towns abroad that sound like it."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rioters blocked the main road in Chekka with burning tyres.", "Chekka"),
        ("Dozens of farmers gathered in Deddeh to protest against the price of fuel.",
         "Deddeh"),
        ("On Monday, residents of Ehden held a sit-in outside the municipality.", "Ehden"),
    ],
)
def test_places_loose_reading_abroad_left_unresolved(text: str, name: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is None
    assert mention.reason is not None and mention.reason.startswith("weak: a loose reading")


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Rioters blocked the main road in Shabwa with burning tyres.", "Shabwa", "Shabwah"),
        ("Farmers prevented trucks from leaving and entering Beqaa on Sunday.", "Beqaa",
         "Al Biqa'"),
    ],
)
def test_places_loose_reading_of_a_division_in_a_text_pointing_nowhere(
    text: str, name: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None and (place.feature, place.name) == ("admin1", admin1)
