"""A hyphenated name whose parts a linking word joins ("-et-", "-sur-", "-de-") and that the
gazetteer lacks whole is one unknown name: no part of it is read as a namesake abroad."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Separatists burned a school in Nyong-et-Kelle, Cameroon, on Monday.", "Nyong"),
        ("Separatists burned a school in Nyong-et-Kelle, Cameroon, on Monday.", "Kelle"),
        ("Farmers and herders clashed near Mbam-sur-Loua on Tuesday, police in Bafoussam said.",
         "Mbam"),
    ],
)
def test_no_part_of_the_linked_name_is_a_place(text: str, part: str) -> None:
    assert part not in places_in(text)


def test_the_other_places_still_say_the_country() -> None:
    found = places_in("Separatists burned a school in Nyong-et-Kelle, Cameroon, on Monday.")
    assert found["Cameroon"].place is not None and found["Cameroon"].place.country == "CM"


def test_linked_name_the_gazetteer_holds_is_read_whole() -> None:
    mentions = place_mentions("Troops deployed to Chalons-en-Champagne on Monday.")
    assert [m.text for m in mentions] == ["Chalons-en-Champagne"]
    assert mentions[0].place is not None and mentions[0].place.country == "FR"


def test_part_of_a_plain_hyphenated_name_is_unchanged() -> None:
    found = places_in("Clashes in Bou-Salem left two dead.")
    assert found["Bou-Salem"].place is not None and found["Bou-Salem"].place.country == "TN"
