"""A place written as where a party is based ("a Ranchi-based builder") is no place of what
the report tells: the place written for the deed is."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions


@pytest.mark.parametrize(
    ("text", "based", "place"),
    [
        ("On 9 June 2022, Maoists set fire to three trucks of a Ranchi-based road builder at "
         "Kolhua village in Latehar, Jharkhand, India.", "Ranchi", "Latehar"),
        ("On 9 June 2022, gunmen torched two lorries of a Lahore-based contractor near Turbat, "
         "Balochistan.", "Lahore", "Turbat"),
    ],
)
def test_home_of_a_party_is_no_place(text: str, based: str, place: str) -> None:
    placed = [m.text for m in place_mentions(text) if m.place is not None]
    assert based not in placed
    assert place in placed
