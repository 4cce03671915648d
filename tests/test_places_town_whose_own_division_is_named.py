"""A town read outside the one division a text states ("Kharkiv Oblast", twice) is still
that town where the text names its own division too, with its division word ("the Sumy
Oblast Military Administration said"); with no word for its own division, a small town
outside the stated one is weak as before."""

from __future__ import annotations

from tests.places_text import places_in

HEAD = ("Russian missiles kill 7 in Kharkiv Oblast, days after drone strike on Sumy\n\n"
        "Russian missiles struck the town of Chuhuiv on July 21, killing seven civilians, "
        "Kharkiv Oblast Governor Mykola Hrytsenko said.")


def test_town_whose_own_division_the_text_names() -> None:
    text = HEAD + (" Drones hit a bus stop in Sumy on July 19, the Sumy Oblast Military "
                   "Administration said.")
    place = places_in(text)["Sumy"].place
    assert place is not None and (place.country, place.admin1) == ("UA", "Sumy")


def test_town_outside_the_stated_division_with_no_word_of_its_own() -> None:
    place = places_in(HEAD)["Sumy"].place
    assert place is None
