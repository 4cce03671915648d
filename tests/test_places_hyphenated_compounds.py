"""The first part of a hyphenated name the gazetteer lacks is no place of its own.

"Karachay-Cherkessia" is one name: "Karachay" shares a transliteration key with Karachi but
is no town; a road between two places ("the Aleppo-Lattakia highway") keeps both.
"""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("A roadside bomb wounded two policemen in Karachay-Cherkessia on Tuesday.", "Karachay"),
        ("Clashes erupted between Karachay-Balkar youths and police on Saturday.",
         "Karachay"),
    ],
)
def test_places_first_part_of_unknown_compound_is_no_place(text: str, part: str) -> None:
    assert all(m.text != part for m in place_mentions(text))


def test_places_compound_division_spelling_resolves() -> None:
    found = places_in("Police raided a flat in Cherkessk, Karachay-Cherkessia, Russia.")
    division = found["Karachay-Cherkessia"].place
    assert division is not None and (division.country, division.feature) == ("RU", "admin1")


@pytest.mark.parametrize(
    ("text", "first", "second", "country"),
    [
        ("Troops reopened the Homs-Palmyra road on Sunday.", "Homs", "Palmyra", "SY"),
        ("A convoy was ambushed on the Kabul-Jalalabad highway.", "Kabul", "Jalalabad", "AF"),
    ],
)
def test_places_road_between_two_places_keeps_both(
    text: str, first: str, second: str, country: str
) -> None:
    found = places_in(text)
    for name in (first, second):
        place = found[name].place
        assert place is not None and place.country == country
