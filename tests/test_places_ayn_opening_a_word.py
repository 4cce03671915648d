"""An ayn or hamza written as an apostrophe may open a word of a name ("Tall 'Afar",
"Bayt 'Amrah", "Jardas al 'Abid"): the word belongs to the name, which is read whole, not
as its last word (Ethiopia's Afar region for Iraq's Tall 'Afar). A mark that opens the
name itself ("in 'Awaj") leaves the word before it the name's cue. A word in quotes after
a name ("Kirkuk 'Old' market") is not joined to it."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Mortar rounds fell on a market in Tall 'Afar on Sunday evening.", "Tall 'Afar", "IQ"),
        ("Soldiers searched houses in Bayt 'Amrah after dark.", "Bayt 'Amrah", "PS"),
        ("A car bomb went off outside a bakery in Jardas al 'Abid.", "Jardas al 'Abid", "LY"),
        ("Farmers blocked the road into Nir 'Aqiva at noon.", "Nir 'Aqiva", "IL"),
        ("A drone hit a truck near Kuhlan 'Affar, wounding its driver.", "Kuhlan 'Affar", "YE"),
    ],
)
def test_places_name_with_a_word_opened_by_an_ayn_read_whole(
    text: str, name: str, country: str
) -> None:
    found = places_in(text)
    assert name in found
    mention = found[name]
    assert mention.place is not None and mention.place.country == country
    tail = name.split()[-1].lstrip("'")
    assert tail not in found


def test_places_town_named_with_its_division_after_an_ayn_word() -> None:
    mention = places_in("In Tall 'Afar, Ninawa, Iraq, a grenade was thrown at a checkpoint.")[
        "Tall 'Afar"
    ]
    assert mention.place is not None
    assert mention.place.feature == "populated_place"
    assert mention.place.admin1 == "Nineveh"


def test_places_ayn_opening_the_name_keeps_the_cue_before_it() -> None:
    mention = places_in("Gunmen killed a shepherd in 'Awaj late on Friday.")["Awaj"]
    assert mention.place is not None and mention.place.country == "SY"


def test_places_quoted_word_after_a_name_is_not_joined() -> None:
    names = [m.text for m in place_mentions("Shops burned in Kirkuk 'Old' market overnight.")]
    assert "Kirkuk" in names
    assert not any("Old" in name for name in names)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Artillery shells landed in Nabatiye et Tahta on Monday.", "Nabatiye et Tahta", "LB"),
        ("A drone struck a house in Aalma ech Chaab at dawn.", "Aalma ech Chaab", "LB"),
    ],
)
def test_places_french_spelled_article_inside_a_name(text: str, name: str, country: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.country == country
