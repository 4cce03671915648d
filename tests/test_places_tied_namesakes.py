"""Two entries of one name, province and population far apart (the gazetteer copies a
town's size onto a village of its name) tie on every score: the other places the text names
break the tie, else the one that seats a district of its name; file order alone does not."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "A grenade thrown at a bakery wounded six people in Sahiwal on Thursday.",
    "A grenade thrown at a bakery wounded six people in Sahiwal, Punjab on Thursday.",
])
def test_the_seat_of_the_district_of_its_name(text: str) -> None:
    place = places_in(text)["Sahiwal"].place
    assert place is not None and place.admin2 == "Sahiwal"


def test_the_namesake_by_the_other_places() -> None:
    found = places_in("A grenade thrown at a bakery wounded six people in Sahiwal, a town "
                      "west of Sargodha, on Thursday.")
    place = found["Sahiwal"].place
    assert place is not None and place.admin2 == "Sargodha"


def test_the_namesake_near_the_town_named_beside_it() -> None:
    found = places_in("Two brothers were shot dead in a land dispute in Bahawalnagar, a "
                      "village outside Okara, police said.")
    place = found["Bahawalnagar"].place
    assert place is not None and place.admin2 == "Okara"
