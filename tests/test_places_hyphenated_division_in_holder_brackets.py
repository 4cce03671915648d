"""A town followed by brackets that hold a hyphenated division the gazetteer lacks, then a
region it holds ("X (A-B, Region)"), is read within that region; the parts of the division's
name are no places of their own."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "town", "division_parts"),
    [
        ("Herders clashed with farmers near Yagoua (Mayo-Danay, Extreme-Nord) on Sunday.",
         "Yagoua", ("Mayo", "Danay")),
        ("Bandits raided Mindif (Mayo-Kani, Far North) on Friday.", "Mindif", ("Mayo", "Kani")),
    ],
)
def test_town_read_within_the_region_after_an_unknown_division(
    text: str, town: str, division_parts: tuple[str, ...]
) -> None:
    found = places_in(text)
    place = found[town].place
    assert place is not None and (place.name, place.country, place.admin1) == (
        town, "CM", "Far North")
    for part in division_parts:
        assert part not in found


def test_town_without_an_entry_in_the_region_is_placed_at_the_region() -> None:
    found = places_in("Gunmen killed a chief in Tokombere (Mayo-Sava, Far North) on Monday.")
    place = found["Tokombere"].place
    assert place is not None and (place.country, place.admin1) == ("CM", "Far North")


def test_known_hyphenated_holder_is_still_read() -> None:
    found = places_in("Rebels attacked Beni (Nord-Kivu, DRC) at dawn.")
    assert found["Nord-Kivu"].place is not None
    assert found["Beni"].place is not None and found["Beni"].place.country == "CD"
