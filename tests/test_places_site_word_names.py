"""A site named by a word and a site word ("X Junction", "X Crossing") is no town named
after the site word alone ("Junction", a Texas town); the whole name, or X, is the place."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents fired on a convoy at Zarghunak Junction on Friday.",
        "Two lorries burned at Pashtanay Junction, south of Lashkar Gah, on Friday.",
        "Protesters blocked the Baraki Intersection on Friday.",
    ],
)
def test_the_site_word_alone_is_no_place(text: str) -> None:
    written = {m.text for m in place_mentions(text)}
    assert not written & {"Junction", "Crossing", "Intersection"}


def test_the_whole_name_lies_in_its_holder() -> None:
    found = places_in("A mine struck a tractor at Zarghunak Junction in Kunduz on Friday.")
    assert "Junction" not in found
    place = found["Zarghunak Junction"].place
    assert place is not None and place.country == "AF"


def test_a_town_before_the_site_word_is_the_place() -> None:
    place = places_in("Traders clashed at the Tamale Junction on Friday.")["Tamale"].place
    assert place is not None and place.country == "GH"
