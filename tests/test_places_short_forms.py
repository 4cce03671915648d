"""A town called by the first words of its official name, or without the "Ciudad" before it,
is that town, not a hamlet spelled exactly as written."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "official", "admin1"),
    [
        ("Police dispersed a rally of farmers in Neustadt, Lower Saxony, on Friday.",
         "Neustadt", "Neustadt am Rubenberge", "Lower Saxony"),
        ("Two shops were set on fire in Buchholz (Lower Saxony) overnight.",
         "Buchholz", "Buchholz in der Nordheide", "Lower Saxony"),
        ("Gunmen shot dead a taxi driver in Khairpur, Sindh, late on Monday.",
         "Khairpur", "Khairpur Mir's", "Sindh"),
        ("On 3 June, dock workers blocked the port road in Lazaro Cardenas, Michoacan.",
         "Lazaro Cardenas", "Ciudad Lazaro Cardenas", "Michoacan"),
        # Mexico's towns without the honorific of their official name: Tamaulipas's city
        # of half a million, not the smaller Matamoros of Coahuila spelled as written
        ("Gunmen opened fire on a bar in Matamoros late on Saturday.",
         "Matamoros", "Heroica Matamoros", "Tamaulipas"),
    ],
)
def test_short_form_is_the_town(text: str, name: str, official: str, admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.name, place.admin1, place.feature) == (official, admin1, "populated_place")


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # Words before a name, other than "Ciudad", make another place.
        ("Residents of Yarmouth, Isle of Wight, protested against the ferry cuts.",
         "Yarmouth", "Great Yarmouth"),
        # A name too short to be a short form keeps its own readings.
        ("Fighting was reported near Man (Tonkpi, Montagnes).", "Man", "Mandalay"),
    ],
)
def test_not_a_short_form(text: str, name: str, other: str) -> None:
    mention = places_in(text).get(name)
    assert mention is None or mention.place is None or mention.place.name != other
