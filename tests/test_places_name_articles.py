"""Names joined by a lower-case article: "Gracias a Dios" is one name, and "San Luis de
Canete" is no "San Luis" elsewhere, but lies by Canete when the gazetteer lacks it whole."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Marines dismantled a hidden landing strip near Brus Laguna, Gracias a Dios, on "
         "Tuesday.", "Gracias a Dios", "HN", "Gracias a Dios"),
        ("Police seized two tonnes of cocaine in Puerto Lempira, Gracias a Dios, on Monday.",
         "Puerto Lempira", "HN", "Gracias a Dios"),
        ("Soldiers burned a plantation near Ahuas (Gracias a Dios) on 3 May.",
         "Gracias a Dios", "HN", "Gracias a Dios"),
    ],
)
def test_a_name_joined_by_a_is_read_whole(
    text: str, name: str, country: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a trader in Mosul a day after the raid.",
        "Militants shelled Kirkuk a second time on Friday.",
    ],
)
def test_an_article_a_after_a_town_joins_nothing(text: str) -> None:
    found = places_in(text)
    town = next(iter(found.values()))
    assert town.place is not None and town.place.country == "IQ"
    assert " a " not in town.text


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Vendors in San Luis de Canete, Lima, shut the market gates in protest on Friday.",
         "San Luis"),
        ("Farmers marched in Santa Cruz de Canete (Lima) against low prices.", "Santa Cruz"),
        ("Residents of San Juan de Lurigancho, Lima, protested the lack of water.", "San Juan"),
    ],
)
def test_the_head_of_a_longer_name_is_no_place_elsewhere(text: str, head: str) -> None:
    found = places_in(text)
    assert found[head].place is None
    lima = found["Lima"].place
    assert lima is not None and lima.country == "PE"


@pytest.mark.parametrize(
    "text",
    [
        "Vendors in San Luis de Canete, Lima, shut the market gates in protest on Friday.",
        "Farmers marched in Santa Cruz de Canete (Lima) against low prices.",
    ],
)
def test_the_tail_of_a_longer_name_is_the_town_of_the_stated_division(text: str) -> None:
    place = places_in(text)["Canete"].place
    assert place is not None
    assert (place.country, place.admin1) == ("PE", "Lima")


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out in San Juan de Micay, Argelia municipality, Cauca.",
    ],
)
def test_the_tail_that_is_a_hamlet_stays_unread(text: str) -> None:
    found = places_in(text)
    assert "Micay" not in found or found["Micay"].place is None


def test_a_head_written_alone_before_its_division_is_read_there() -> None:
    place = places_in("Protesters gathered in San Luis, Lima, on Sunday.")["San Luis"].place
    assert place is not None and place.country == "PE"


@pytest.mark.parametrize(
    ("text", "head", "tail", "admin1"),
    [
        ("A shopkeeper was shot by two gunmen in San Andres de Tuxtla, Veracruz, on Monday.",
         "San Andres", "Tuxtla", "Veracruz"),
        ("Gunmen shot a taxi driver in San Juan de Canete, Lima, on Friday.", "San Juan",
         "Canete", "Lima"),
    ],
)
def test_a_saints_name_is_placed_by_the_town_after_de(
    text: str, head: str, tail: str, admin1: str
) -> None:
    found = places_in(text)
    assert found[head].place is None
    place = found[tail].place
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of truckers parked across the highway in Machiques de Perija, Zulia state.",
        "Drivers blocked the road in Machiques de Perija (Zulia) over fuel shortages.",
    ],
)
def test_a_head_in_the_division_after_the_whole_name_is_read(text: str) -> None:
    place = places_in(text)["Machiques"].place
    assert place is not None
    assert (place.country, place.admin1) == ("VE", "Zulia")
