"""A division's code in the bracket after the noun of a lesser place ("X area (KPK)", "X
tehsil (KP)", "X village (UP)"), alone or after a district's own abbreviation ("(NW, KP)",
"(DIK, KP)"), is where the place lies. Sentences written for these tests; the notes under
``fixtures/place_codes`` are read in ``test_places_notes_analyst_readings``."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    ("text", "village", "code", "country", "admin1"),
    [
        ("Gunmen torched a girls' school in Tormakai area (KPK) on Sunday.", "Tormakai",
         "KPK", "PK", "Khyber Pakhtunkhwa"),
        ("A landmine killed a shepherd in Zarwali tehsil (KP).", "Zarwali", "KP", "PK",
         "Khyber Pakhtunkhwa"),
        ("Two brothers were shot in a land dispute in Bhelampur village (UP).", "Bhelampur",
         "UP", "IN", "Uttar Pradesh"),
        ("Party workers clashed in Dakshinpara locality (WB) on Friday.", "Dakshinpara",
         "WB", "IN", "West Bengal"),
        ("Militants fired on a convoy in Dosalikai area (NW, KP).", "Dosalikai", "KP", "PK",
         "Khyber Pakhtunkhwa"),
        ("Police foiled an attack in Mandrakhel area (DIK, KPK).", "Mandrakhel", "KPK", "PK",
         "Khyber Pakhtunkhwa"),
    ],
)
def test_places_code_after_a_place_noun_holds_the_place(
        text: str, village: str, code: str, country: str, admin1: str) -> None:
    mentions = places_in(text)
    held = mentions[code].place
    assert held is not None and held.country == country and held.feature == "admin1"
    assert held.admin1 == admin1
    placed = mentions[village].place
    assert placed is not None and placed.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Militants fired on a convoy in Dosalikai area (NW, KP).",
        "A drone strike hit a compound in Shewakai area (NW, KPK) at dawn.",
    ],
)
def test_places_other_countrys_code_before_a_province_code_is_no_place(text: str) -> None:
    """"NW" is also Germany's North Rhine-Westphalia; before "KP" it is the district."""
    assert all(m.place is None or m.place.country == "PK" for m in place_mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Awami National Party (ANP) held a rally in Peshawar.",
        "Troops of the Frontier Corps (FC) searched houses in Peshawar.",
    ],
)
def test_places_organisation_acronym_after_its_name_stays_no_place(text: str) -> None:
    assert [m.text for m in place_mentions(text)] == ["Peshawar"]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("On 2 May 2011, militants blew up a school in Xyzkhel village, FATA, Pakistan.",
         "Xyzkhel"),
        ("On 7 June 2010, gunmen torched a shop in Dargaikhel area, FATA, Pakistan.",
         "Dargaikhel"),
    ],
)
def test_places_abbreviated_former_division_after_a_village_is_the_events(
        text: str, village: str) -> None:
    """The village is read in the province the abbreviation names now, and the event keeps
    the division of old that the report writes."""
    events = [r for r in extract(text, doc_id="note") if isinstance(r, Event)]
    assert events
    location = events[0].location
    assert (location.name, location.country) == (village, "PK")
    assert location.admin1 == "Federally Administered Tribal Areas"
