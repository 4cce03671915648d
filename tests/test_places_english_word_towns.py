"""A town whose name is also an English word or a country's short name is a town where the
report writes a place noun after it and then where it lies."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen killed two farmers in Man town (Tonkpi, Montagnes) on Friday.", "Man", "CI"),
        ("Man town (Tonkpi, Montagnes) saw herders and growers clash over a field.", "Man",
         "CI"),
        ("Youths burned a lorry at Man city, Tonkpi region, after a crash.", "Man", "CI"),
    ],
)
def test_english_word_town_with_place_noun_and_holder(text: str, name: str,
                                                      country: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.country == country


@pytest.mark.parametrize(
    "text",
    [
        "A man was beaten by a mob after a dispute over land in Tonkpi.",
        "The man said the town had no water, an official in Tonkpi said.",
    ],
)
def test_the_word_alone_is_no_town(text: str) -> None:
    assert "man" not in {name.lower() for name in places_in(text)}
