"""A town written as two words that the gazetteer holds as one ("Ouangolo Dougou" for
Ouangolodougou) is read whole, not as its second word, a namesake elsewhere."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Customs officers seized fuel in Ouangolo Dougou on Wednesday.", "Ouangolo Dougou",
         "CI"),
        ("Militiamen attacked Kanyoba Gonga overnight.", "Kanyoba Gonga", "CD"),
        ("Fighting broke out in Niangolo Ko on Friday.", "Niangolo Ko", "BF"),
    ],
)
def test_two_written_words_read_as_one_name(text: str, written: str, country: str) -> None:
    found = places_in(text)
    assert written in found
    place = found[written].place
    assert place is not None and place.country == country


def test_two_names_each_known_are_not_joined() -> None:
    found = places_in("Protesters marched in Port Harcourt on Monday.")
    place = found["Port Harcourt"].place
    assert place is not None and place.country == "NG"
