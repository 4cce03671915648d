"""A coded division and a predicted one match when they are two spellings of one division,
and never when they are two divisions."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.metrics import names_match, same_division


@pytest.mark.parametrize(
    ("iso2", "coded", "predicted"),
    [
        ("YE", "Suqutra", "Soqatra"),  # ISO 3166-2 "Arkhabil Suqutra", GeoNames "Soqatra"
        ("YE", "Arkhabil Suqutra", "Soqatra"),
        ("RU", "Republic of Sakha", "Saha"),  # "Sakha (Yakutiya) Republic"
        ("RU", "Sakha", "Saha"),
        ("IQ", "Ninewa", "Ninawa"),
        ("CD", "Nord-Kivu", "North Kivu"),
        ("SY", "Idleb", "Idlib"),
        ("AZ", "Aghjabadi", "Agcabedi"),  # English and Azerbaijani spellings of one rayon
        ("LY", "Sirte", "Surt"),
        ("LY", "Sirt", "Surt"),
        # The region that replaced the Autonomous Region in Muslim Mindanao in 2019.
        ("PH", "Bangsamoro", "Autonomous Region in Muslim Mindanao"),
        ("SL", "Western", "Western Area"),  # "Area" says what kind of division it is
        ("KE", "Nairobi Area", "Nairobi"),
    ],
)
def test_spellings_of_one_division_match(iso2: str, coded: str, predicted: str) -> None:
    assert same_division(iso2, coded, predicted)


@pytest.mark.parametrize(
    ("iso2", "coded", "predicted"),
    [
        ("CD", "North Kivu", "South Kivu"),  # spelled alike, two provinces
        ("PH", "Western Visayas", "Eastern Visayas"),
        ("PH", "Western Visayas", "Central Visayas"),
        ("RU", "Sakhalin", "Saha"),  # shares letters with Sakha, another region
        ("SL", "Western", "Northern"),
        ("SL", "Western", "Eastern"),  # spelled alike, two compass points
        ("SL", "Eastern Area", "Western Area"),
        ("LY", "Sirte", "Tripoli"),
        ("KE", "Nairobi Area", "Kiambu"),
        ("YE", "Al Bayda", "Marib"),
        ("LY", "Aljfara", "Tripoli"),
        ("UA", "Donetsk", "Luhansk"),
    ],
)
def test_two_divisions_never_match(iso2: str, coded: str, predicted: str) -> None:
    assert not same_division(iso2, coded, predicted)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("North East", "North West", False),
        ("Upper Nile", "Upper East", False),
        ("Al-Hasakeh", "Al-Hasakah", True),
        ("South Darfur", "South Darfur", True),
    ],
)
def test_compass_words_must_agree(gold: str, predicted: str, expected: bool) -> None:
    assert names_match(gold, predicted) is expected


def test_a_name_shared_by_two_divisions_matches_neither() -> None:
    # "Western" alone is a compass word: it cannot pick one of the divisions named with it.
    assert not same_division("PH", "Western", "Western Visayas")
