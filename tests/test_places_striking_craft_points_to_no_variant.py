"""The country of the craft that struck ("Israeli jets", "Russian missiles"), named by
nothing else, is no country whose towns a name of the text is read as a slip for: "Israeli
jets struck a house in Nuseirat" is Nuseirat in Gaza, not Nazareth one letter off; where the
text names that country otherwise ("Israeli officials said") the reading stands as before."""

from __future__ import annotations

import pytest

from eventcoder.places import _CRAFT_OF_A_PEOPLE, _CRAFT_WORDS
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


@pytest.mark.parametrize(("text", "word"), [
    ("Israeli jets struck", "Israeli"), ("Russian missiles hit", "Russian"),
    ("Turkish air strikes", "Turkish"), ("Saudi-led coalition", None),
])
def test_craft_of_a_people(text: str, word: str | None) -> None:
    assert _CRAFT_OF_A_PEOPLE.findall(text) == ([word] if word else [])
    for found in _CRAFT_OF_A_PEOPLE.finditer(text):
        assert any(w in found.group() for w in _CRAFT_WORDS)
