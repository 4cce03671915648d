"""A compass name written where a holder goes ("(Mezam, North-West)") is the region of the
country the names before it lie in, though alone ("in the North-West") it is a macro-region
and no place; and a loose reading of a holder abroad does not pull a town out of its country
("Jakiri, Bui" is no Bowie of Maryland's)."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    ("text", "town", "country", "admin1"),
    [
        ("On 3 June 2021, soldiers shot dead a trader in Bali town (Mezam, North-West).",
         "Bali", "CM", "North-West"),
        ("Separatists burnt two classrooms at Jakiri (Bui, North-West) on Friday night.",
         "Jakiri", "CM", "North-West"),
        ("A curfew was imposed in Jakiri, Bui after the raid.", "Jakiri", "CM", "North-West"),
        ("Gunmen kidnapped a chief in Kumbo, Bui, North West Region, on Sunday.", "Kumbo",
         "CM", "North-West"),
    ],
)
def test_town_stays_in_the_country_of_its_holders(
    text: str, town: str, country: str, admin1: str
) -> None:
    place = places_in(text)[town].place
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


def test_compass_holder_is_the_region_of_the_town_before_it() -> None:
    found = places_in("Troops searched homes in Bali town (Mezam, North-West) at dawn.")
    region = found["North-West"].place
    assert region is not None
    assert (region.country, region.feature) == ("CM", "admin1")


@pytest.mark.parametrize(
    "text",
    [
        "Bandits attacked herders in the North-West, killing four.",
        "The North-East has seen a rise in kidnappings since March.",
    ],
)
def test_compass_name_out_of_a_holder_is_no_place(text: str) -> None:
    assert not [m for m in place_mentions(text) if m.place is not None]


def test_compass_holder_of_no_region_of_the_town_country_is_dropped() -> None:
    # Nigeria has no first-level "North-West": the state stands, in Nigeria.
    found = places_in("On 9 May 2021, bandits killed four farmers in Zamfara, North-West.")
    place = found["Zamfara"].place
    assert place is not None
    assert (place.country, place.name) == ("NG", "Zamfara")
    assert "North-West" not in found or found["North-West"].place is None


def test_compass_holder_after_unknown_names_is_the_division_spelled_so() -> None:
    # No name before it is in the gazetteer and no country is named: "North East" is
    # spelled so only by Ghana's region (Botswana writes "North-East").
    found = places_in(
        "On 4 March 2021, youths of Zabrigu marched to Kelinga (Tobrimo Zukpari, North East) "
        "to demand a new clinic.")
    region = found["North East"].place
    assert region is not None
    assert (region.country, region.feature) == ("GH", "admin1")


def test_compass_holder_spelled_so_in_several_countries_tells_none() -> None:
    # "North-West" is the spelling of Cameroon's, South Africa's and Botswana's regions.
    found = places_in(
        "On 4 March 2021, gunmen burnt a hut in Kelinga (Tobrimo Zukpari, North-West).")
    assert "North-West" not in found or found["North-West"].place is None
