"""Two compass points written as one word before a division word ("the Southwest region")
are the division GeoNames writes with a hyphen (Cameroon's South-West); without the
division word the word is no such division."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Separatists burned a school in the Southwest region of Cameroon on Monday.",
         "Southwest", "South-West"),
        ("Soldiers and separatists clashed in Kumbo, in the Northwest region, overnight.",
         "Northwest", "North-West"),
        ("A curfew was declared in the Northwest Region, Cameroon, after the attack.",
         "Northwest", "North-West"),
    ],
)
def test_solid_compass_name_before_a_division_word(text: str, name: str, admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.feature, place.name) == ("CM", "admin1", admin1)


def test_solid_compass_word_without_a_division_word_is_no_division() -> None:
    for text in ("Troops moved northwest of Bamenda on Friday, Cameroon's army said.",
                 "Separatists attacked troops in the Northwest on Friday, Cameroon's army "
                 "said."):
        found = places_in(text)
        assert all(m.place is None or m.place.feature != "admin1" for m in found.values())
