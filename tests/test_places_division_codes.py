"""Division codes ("UP", "J&K", "TX") where a division goes, and nowhere else."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.gazetteer_build import Entry, division_codes, initialisms
from tests.places_text import place_mentions


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Jammu and Kashmir", {"JK", "J&K"}),
        ("Uttar Pradesh", {"UP"}),
        ("Rio de Janeiro", {"RJ"}),
        ("Salah ad Din", {"SD"}),
        ("Kirkuk", set()),
    ],
)
def test_initialisms_of_division_names(name: str, codes: set[str]) -> None:
    assert initialisms(name) == codes


def test_division_codes_take_iso_codes_and_long_initialisms() -> None:
    entries = [
        Entry("Texas", "US", "admin1", 31.0, -97.0, admin1_code="US.TX"),
        Entry("Azad Jammu and Kashmir", "PK", "admin1", 34.0, 73.5, admin1_code="PK.06"),
        Entry("Urban Ptuj", "SI", "admin1", 46.4, 15.9, admin1_code="SI.96"),
        Entry("Austin", "US", "populated_place", 30.3, -97.7, admin1_code="US.TX"),
    ]
    codes = division_codes(entries)
    assert codes["TX"] == [0]  # ISO 3166-2 US-TX, matched by name
    assert codes["AJK"] == [1]  # three initials
    assert "UP" not in codes  # two initials alone are too often something else
    assert all(3 not in ids for ids in codes.values())  # towns have no codes


def test_shipped_gazetteer_knows_common_codes() -> None:
    gazetteer = load_gazetteer()
    for code, division in [("UP", "Uttar Pradesh"), ("J&K", "Jammu and Kashmir"),
                           ("TX", "Texas"), ("NSW", "New South Wales")]:
        names = {gazetteer.name_of(i) for i in gazetteer.division_codes[code]}
        assert division in names


@pytest.mark.parametrize(
    ("text", "code", "country", "admin1"),
    [
        ("A mob attacked the police in Nigohan (UP) over lockdown violations.",
         "UP", "IN", "Uttar Pradesh"),
        ("Workers protested in Damaracherla village (Nalgoda, TS) over wages.",
         "TS", "IN", "Telangana"),
        ("Protesters marched through Austin, TX, on Saturday.", "TX", "US", "Texas"),
        ("Forces exchanged fire in Kirni sector (Poonch district, J&K).",
         "J&K", "IN", "Jammu and Kashmir"),
    ],
)
def test_code_in_a_holder_slot_is_the_division(
    text: str, code: str, country: str, admin1: str
) -> None:
    found = [m for m in place_mentions(text) if m.text == code]
    assert found and found[0].place is not None
    assert (found[0].place.country, found[0].place.feature) == (country, "admin1")
    assert found[0].place.admin1 == admin1


def test_code_lets_its_division_pick_the_town() -> None:
    found = {m.text: m for m in place_mentions(
        "Troops exchanged fire across the LoC in Degwar sector area (Poonch district, J&K).")}
    assert found["Poonch"].place is not None
    assert found["Poonch"].place.country == "IN"


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Islamic State (IS) attacked a checkpoint.",
        "Fighters of the Kurdistan Workers' Party (PKK) attacked a checkpoint.",
        "The meeting with the UN, US, and EU ended on Monday.",
        "Officials said (TX) was unclear.",
    ],
)
def test_acronyms_and_lists_are_no_codes(text: str) -> None:
    assert not [m for m in place_mentions(text) if m.text.isupper()]


def test_a_capital_city_holder_also_names_its_governorate() -> None:
    # "Sanaa" reads first as the capital, which GeoNames files under another division than
    # the governorate of the same name; the governorate still holds the district before it.
    found = {m.text: m for m in place_mentions(
        "Airstrikes reportedly targeted Al Arqoub area (Khwlan, Sanaa) on Thursday.")}
    assert found["Khwlan"].place is not None
    assert found["Khwlan"].place.country == "YE"
