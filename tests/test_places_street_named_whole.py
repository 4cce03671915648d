"""A name the gazetteer holds whole that ends in a street's word is a street where it is told
as one ("the market on Church Street", "traders along Church Street"), not a village abroad
of that name; a town so named, told as a town ("in Kennett Square, Pennsylvania", "in Rich
Square"), is still read."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "Gunmen fired on stall holders at the market on Church Street on Monday.",
    "A man fired at traders along Church Street late on Monday.",
    # a street named as a landmark, after "the"
    "Police dispersed protesters at the Church Street junction on Monday.",
    "A grenade was thrown at the Church Street market late on Monday.",
])
def test_places_street_told_as_a_street_is_no_village(text: str) -> None:
    found = places_in(text)
    assert "Church Street" not in found or found["Church Street"].place is None, found


@pytest.mark.parametrize(("text", "name"), [
    ("A gunman wounded two men outside a diner in Kennett Square, Pennsylvania, on Monday.",
     "Kennett Square"),
    ("Deputies said a man was shot dead in Rich Square late on Monday.", "Rich Square"),
])
def test_places_town_named_with_a_street_word_is_still_read(text: str, name: str) -> None:
    found = places_in(text)
    assert name in found and found[name].place is not None, found
    assert found[name].place.country == "US"
