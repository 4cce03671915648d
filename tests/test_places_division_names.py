"""Division names the places stage finds: no number as a display name, and the former name
a division's seat still bears (Mexico City's "Distrito Federal")."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.gazetteer import load_gazetteer
from eventcoder.gazetteer_build import (
    Entry,
    admin_display_name,
    former_names_of_seat,
    place_divisions,
)
from eventcoder.inputs import document_from_text
from eventcoder.places import find_places


def _town(name: str, code: str, population: int, *alternates: str) -> Entry:
    entry = Entry(name=name, country=code.split(".")[0], feature="populated_place", lat=1.0,
                  lon=2.0, population=population, admin1_code=code)
    entry.alternates = {name, *alternates}
    return entry


@pytest.mark.parametrize(
    ("name", "alternates", "expected"),
    [
        ("Central Luzon", {"Region III", "Tengnga a Luzon"}, "Central Luzon"),
        ("Calabarzon", {"Region IV-A"}, "Calabarzon"),
        ("Soccsksargen", {"Region XII"}, "Soccsksargen"),
        ("Northern Mindanao", {"Region 10"}, "Northern Mindanao"),
        # A name that is no number still gives the short form.
        ("Ḩamāh", {"Hama Governorate", "Region 5"}, "Hama"),
    ],
)
def test_a_number_is_no_display_name(name: str, alternates: set[str], expected: str) -> None:
    assert admin_display_name(name, alternates) == expected


@pytest.mark.parametrize(
    ("seat", "former", "expected"),
    [
        (("Mexico City", "Mexico", "México", "México Distrito Federal"),
         ["Distrito Federal", "Jalisco"], {"Distrito Federal"}),
        (("Caracas", "Santiago de Leon de Caracas", "Caracas Distrito Federal"),
         ["Distrito Federal", "Vargas"], {"Distrito Federal"}),
        (("Fort-Lamy", "Ndjamena", "Ndjamena Chari-Baguirmi"),
         ["Chari-Baguirmi", "Kanem"], {"Chari-Baguirmi"}),
        # The head must be a name of the seat itself, not any words.
        (("Springfield", "Old Town Distrito Federal"), ["Distrito Federal"], set()),
        # A former name the seat does not bear is not taken.
        (("Brasilia", "Brasília"), ["Distrito Federal"], set()),
        # Too short a tail says nothing.
        (("Vila", "Vila Sul"), ["Sul"], set()),
    ],
)
def test_former_names_of_seat(
    seat: tuple[str, ...], former: list[str], expected: set[str]
) -> None:
    town = _town(seat[0], "XX.01", 1000, *seat[1:])
    assert former_names_of_seat(town, former) == expected


def test_place_divisions_takes_former_names_only_where_no_division_has_them() -> None:
    towns = [
        _town("Mexico City", "MX.09", 12_000_000, "México Distrito Federal", "Mexico"),
        _town("Toluca", "MX.15", 900_000, "Toluca de Lerdo", "Toluca Mexico"),
    ]
    rows = [
        ("MX.09", "Ciudad de México", 1, {"Mexico City"}),
        ("MX.15", "México", 2, {"Estado de Mexico", "Mexico State"}),
    ]
    former = {"MX": ["Distrito Federal", "Mexico"]}
    city, state = place_divisions(rows, towns, level=1, former=former)
    assert "Distrito Federal" in city.alternates
    # "Mexico" is today's state, so Toluca's "Toluca Mexico" lends the state nothing new,
    # and Mexico City does not take it either.
    assert "Mexico" not in city.alternates
    assert state.alternates >= {"México"}
    # Second-level divisions are not given first-level former names.
    town = _town("Mexico City", "MX.09", 1, "México Distrito Federal")
    town.admin2_code = "MX.09.001"
    (district,) = place_divisions([("MX.09.001", "Cuauhtémoc", 3, set())], [town], level=2,
                                  former=former)
    assert "Distrito Federal" not in district.alternates


@pytest.mark.parametrize(
    ("iso2", "written", "expected"),
    [
        ("MX", "Distrito Federal", "Mexico City"),
        ("MX", "Ciudad de Mexico", "Mexico City"),
        ("PH", "Central Luzon", "Central Luzon"),
        ("PH", "Calabarzon", "Calabarzon"),
        ("NO", "Hordaland", "Vestland"),
        ("BR", "Distrito Federal", "Distrito Federal"),  # Brazil's, still a division
    ],
)
def test_shipped_gazetteer_finds_the_division(iso2: str, written: str, expected: str) -> None:
    place = load_gazetteer().admin1(iso2, written)
    assert place is not None and place.name == expected


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("On 2 May 2020, in Iztapalapa, Distrito Federal, two men were shot.", "Iztapalapa",
         "Mexico City"),
        ("Police raided a house in Barangay Minuyan, San Jose del Monte, Bulacan.",
         "San Jose del Monte", "Central Luzon"),
    ],
)
def test_places_carry_the_division_name(text: str, name: str, admin1: str) -> None:
    doc = clean_document(make_doc(document_from_text(text)))
    places = {m.text: m.place for m in find_places(doc).places}
    assert places[name] is not None and places[name].admin1 == admin1
