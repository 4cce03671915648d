"""Abbreviations the press writes alone for a first-level division or a country ("KP",
"KPK", "FATA", "J&K", "UP", "GB", "KRI", "DRC", "CAR"), read in capitals where a place goes:
after a preposition of place, as the holder after a place, or owning a place after it."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "written", "country", "feature"),
    [
        ("Gunmen ambushed a police van in KP on Thursday, officials said.", "KP", "PK",
         "admin1"),
        ("Two guards died in KP's Karak district on Thursday.", "KP", "PK", "admin1"),
        ("Soldiers raided a compound in Charsadda, KPK, on Thursday.", "KPK", "PK", "admin1"),
        ("Curfew was lifted across FATA after the operation.", "FATA", "PK", "admin1"),
        ("A shop was torched in NWFP in March.", "NWFP", "PK", "admin1"),
        ("Avalanches cut roads near Hunza in GB on Friday.", "GB", "PK", "admin1"),
        ("A grenade was hurled at a bus stand in J&K on Sunday.", "J&K", "IN", "admin1"),
        ("A trader was shot dead in UP on Friday, police said.", "UP", "IN", "admin1"),
        ("Rockets fell in the KRI overnight.", "KRI", "IQ", "natural"),
        ("Peacekeepers patrolled villages in the CAR last week.", "CAR", "CF", "country"),
        ("Refugees returned to the DRC after the talks.", "DRC", "CD", "country"),
    ],
)
def test_a_press_abbreviation_where_a_place_goes(
    text: str, written: str, country: str, feature: str
) -> None:
    place = places_in(text)[written].place
    assert place is not None
    assert place.country == country and place.feature == feature


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the firm went UP on Monday.",
        "The car sped up in traffic on Monday.",
        "He was held in PKK camps for a year.",
        "Troops were flown in from the US on Monday.",
        "Police questioned the KP leader on Monday.",
    ],
)
def test_capitals_elsewhere_are_no_place(text: str) -> None:
    assert not places_in(text)
