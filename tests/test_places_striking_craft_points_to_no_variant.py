"""The country of the craft that struck ("Israeli jets", "Russian missiles"), named by
nothing else, is no country whose towns a name of the text is read as a slip for: "Israeli
jets struck a house in Nuseirat" is Nuseirat in Gaza, not Nazareth one letter off; where the
text names that country otherwise ("Israeli officials said") the reading stands as before."""

from __future__ import annotations

import pytest

from eventcoder.places import _striking_forces
from tests.places_text import places_in


def _country(text: str, name: str) -> str | None:
    place = places_in(text)[name].place
    return None if place is None else place.country


@pytest.mark.parametrize("text", [
    "Israeli jets struck a house in Nuseirat on Monday, killing 11 people, the health "
    "ministry said.",
    "An Israeli drone hit a car in Nuseirat late on Sunday, wounding three, medics said.",
])
def test_the_strikers_country_lends_no_variant(text: str) -> None:
    assert _country(text, "Nuseirat") == "PS"


@pytest.mark.parametrize(("text", "word", "count"), [
    ("Israeli jets struck", "Israeli", 1), ("Russian missiles hit", "Russian", 1),
    ("Turkish air strikes", "Turkish", 1), ("Turkish airstrikes", "Turkish", 1),
    ("Israeli fighter jets struck", "Israeli", 1), ("a Russian drone and Russian shelling",
                                                    "Russian", 2),
    ("Saudi-led coalition", "Saudi", 0), ("Israeli officials said", "Israeli", 0),
])
def test_the_craft_that_struck_is_a_striking_force(text: str, word: str, count: int) -> None:
    assert _striking_forces(text, word) == count
