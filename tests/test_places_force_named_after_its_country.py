"""A run of capitalised words closed by a force's or body's word ("Nepal Armed Police",
"Sindh Rangers Corps") names who acted, not a place the gazetteer lacks: it is not read
whole as an unknown name."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("Nepal Armed Police fired warning shots at a crowd near the border post.",
         "Nepal Armed Police"),
        ("Bhutan Royal Guards blocked the bridge for an hour.", "Bhutan Royal Guards"),
    ],
)
def test_places_force_named_after_a_country_is_no_place(text: str, run: str) -> None:
    assert run not in [m.text for m in place_mentions(text)]


def test_places_unknown_name_of_two_words_still_read_whole() -> None:
    names = [m.text for m in place_mentions("Gunmen burned shops in Ayn Sufayrah on Monday.")]
    assert "Ayn Sufayrah" in names
