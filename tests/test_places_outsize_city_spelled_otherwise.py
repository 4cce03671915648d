"""A city written in another transliteration of its name is that city, not a village abroad
spelled exactly as written, where the village is a small fraction of its size; a town
only one letter more or fewer away, or near the city's size, keeps its own reading."""

from __future__ import annotations

import pytest

from eventcoder.places import _letters_in_place
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Shelling hit a bus depot in Lugansk overnight, the mayor said.",
         "Lugansk", "UA", "Luhansk"),
        ("On 8 March, militiamen clashed at a checkpoint in Derna.",
         "Derna", "LY", "Darnah"),
    ],
)
def test_city_spelled_otherwise_over_a_village_abroad(
        text: str, name: str, country: str, admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a letter more than the city's name: the town written so
        ("Herders clashed with farmers in Bawku on Tuesday.", "Bawku", "GH"),
        # a letter doubled, a city of a seventh of the other's size: its own name
        ("A car bomb went off near a market in Samarra.", "Samarra", "IQ"),
    ],
)
def test_town_spelled_as_written_keeps_its_reading(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.country == country


@pytest.mark.parametrize(
    ("written", "own", "same"),
    [
        ("lugansk", "luhansk", True),
        ("derna", "darnah", True),
        ("boni", "bonn", False),
        ("bawku", "baku", False),
        ("tera", "tehran", False),
    ],
)
def test_letters_in_place(written: str, own: str, same: bool) -> None:
    assert _letters_in_place(written, own) is same


def test_republic_by_its_press_name_over_a_hamlet_abroad() -> None:
    place = places_in("Two soldiers were killed in Chechnya on Sunday.")["Chechnya"].place
    assert place is not None
    assert (place.country, place.feature) == ("RU", "admin1")


def test_own_spelling_over_an_alternate_name_of_a_town_of_its_size() -> None:
    place = places_in("Rockets struck an apartment block in Sloviansk on Monday.")[
        "Sloviansk"].place
    assert place is not None
    assert (place.country, place.admin1) == ("UA", "Donetsk")
