"""Names that qualify a noun: a people's name before a noun, a body or a street named after
a place, a fragment of a longer name that only shares a key with a big city."""

from __future__ import annotations

import pytest

from eventcoder.places import load_ethnonyms
from tests.places_text import places_in


def test_ethnonym_list_loads_with_the_actor_groups() -> None:
    names = load_ethnonyms()
    assert {"roma", "murle", "karen"} <= names
    assert "fulani" in names  # from the ethnic groups of the actor lexicon
    assert "#" not in "".join(names)


@pytest.mark.parametrize(
    ("text", "people", "place", "country"),
    [
        ("Police evicted families from a Roma settlement on the edge of Kosice on Friday.",
         "Roma", "Kosice", "SK"),
        ("Youths threw stones at a Roma camp in Sykhiv district of Lviv.", "Roma", "Lviv",
         "UA"),
        ("Karen villagers fled shelling near Hpapun, Kayin state, on Sunday.",
         "Karen", "Hpapun", "MM"),
        ("Murle youths raided cattle near Pibor town, Jonglei state.",
         "Murle", "Pibor", "SS"),
    ],
)
def test_people_before_a_noun_is_no_place(
    text: str, people: str, place: str, country: str
) -> None:
    found = places_in(text)
    assert people not in found
    resolved = found[place].place
    assert resolved is not None
    assert resolved.country == country


def test_people_name_before_a_division_word_is_the_division() -> None:
    place = places_in("Clashes broke out in Kayin state near the border.")["Kayin"].place
    assert place is not None
    assert place.country == "MM"


@pytest.mark.parametrize(
    ("text", "body", "place", "country"),
    [
        # A body named after a place says nothing of where the event is.
        ("Members of the Hilla Company for Cement protested in Karbala.", "Hilla", "Karbala",
         "IQ"),
        ("Depositors gathered outside the Lyon bank branch in Kano on Monday.", "Lyon",
         "Kano", "NG"),
        ("Fighters of the Hamza Corps shelled positions near Afrin.", "Hamza", "Afrin", "SY"),
        # A square or a street named after another town.
        ("Protesters filled Palestine Street in Baghdad on Sunday.", "Palestine", "Baghdad",
         "IQ"),
        ("Hundreds rallied on the al Firdous square in Basra.", "al Firdous", "Basra", "IQ"),
        ("Police dispersed a sit-in at the Sahat al Tahrir (al Nour) Square in Sidon.",
         "al Nour", "Sidon", "LB"),
        ("Gunmen of the Badr organization attacked a checkpoint in Diyala.", "Badr", "Diyala",
         "IQ"),
    ],
)
def test_body_or_street_named_after_a_place_is_no_place(
    text: str, body: str, place: str, country: str
) -> None:
    found = places_in(text)
    assert body not in found
    resolved = found[place].place
    assert resolved is not None
    assert resolved.country == country


def test_square_named_after_its_own_town_is_the_town() -> None:
    # A name whose readings (the town and its district) lie at one point, spelled as the
    # gazetteer spells it, is that town.
    place = places_in("Rioters blocked the Mbarara roundabout with tyres.")["Mbarara"].place
    assert place is not None
    assert place.country == "UG"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # The tail of a longer name the gazetteer lacks, sharing only a key with a big city.
        ("Militants fired on a patrol in Kani Tepe on Monday.", "Tepe"),
    ],
)
def test_fragment_sharing_a_key_with_a_big_city_is_no_place(text: str, fragment: str) -> None:
    found = places_in(text)
    assert fragment not in found or found[fragment].place is None
