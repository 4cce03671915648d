"""A name one letter off a division or a populous town, written where a place goes."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A grenade was thrown at a shop in Maiduguiri city on Monday.", "Maiduguiri", "NG"),
        ("Gunmen opened fire on a bus near Pashawar on Sunday.", "Pashawar", "PK"),
        ("Protesters blocked a road in Rawalpindri after the arrests.", "Rawalpindri", "PK"),
    ],
)
def test_one_letter_off_a_populous_town(text: str, name: str, country: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None
    assert mention.place.country == country
    assert "spelling variant" in (mention.reason or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Short names, names with no locative cue, and villages with a holder stay unread.
        ("A grenade was thrown in Kanoo on Monday.", "Kanoo"),
        ("Maiduguiri residents said nothing.", "Maiduguiri"),
        ("Gunmen killed a pastor in Pashawar (Tangi, Charsadda).", "Pashawar"),
    ],
)
def test_no_misspelling_read_without_room_for_it(text: str, name: str) -> None:
    found = places_in(text)
    assert name not in found or "spelling variant" not in (found[name].reason or "")


def test_misspelling_in_another_division_than_the_place_after_it_is_left() -> None:
    # "X cemetery in Y, Z": the cemetery lies in Y, not in a town spelled like X elsewhere.
    found = places_in("Mourners gathered at Maiduguiri cemetery in Quetta, Balochistan.")
    assert "Maiduguiri" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Names of people a first pass takes for hamlets abroad place nothing: the name one
        # letter off a district of that far country is no place of the report.
        ("CENTCOM forces conducted a strike in northwest Syria on May 8, killing Abu Ahmad "
         "al-Halabi, a senior leader of Hurras al-Din. In February, CENTCOM forces killed "
         "another leader near the town of Sarmada.", "Sarmada"),
        ("Turkish drones struck a car in Syria on May 8, killing Abu Ahmad al-Shami, a "
         "commander of Hurras al-Din. Last year a strike killed his deputy near the town of "
         "Barmada.", "Barmada"),
        ("A drone struck a car in Somalia on Friday, killing Abu Ahmad al-Shami, a commander "
         "of Hurras al-Din. Last year a strike killed his deputy near the town of Barmada.",
         "Barmada"),
    ],
)
def test_no_misspelling_read_in_a_country_the_report_is_not_placed_in(
        text: str, name: str) -> None:
    found = places_in(text)
    assert name not in found or found[name].place is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A drone struck a car in Syria on May 8, killing Abu Ahmad al-Shami, a commander "
         "of Hurras al-Din, in Quamishli city.", "Quamishli", "SY"),
        ("Gunmen killed Abu Ahmad al-Shami, a commander of Hurras al-Din, near Pashawar, "
         "Pakistan, on Sunday.", "Pashawar", "PK"),
    ],
)
def test_misspelling_still_read_in_the_country_of_the_report(
        text: str, name: str, country: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.country == country


def test_misspelt_province_with_an_english_word_is_the_province() -> None:
    # "Rural" is an English word; the province's long name, one letter off, is still read.
    found = places_in("On 2 June 2021, families held a sit-in at a school in Rural Damascis.")
    mention = found["Rural Damascis"]
    assert mention.place is not None
    assert (mention.place.country, mention.place.feature) == ("SY", "admin1")


def test_place_of_another_country_in_a_misspelt_province_is_left_unread() -> None:
    # Rukban's one entry lies in Jordan; the camp is written as lying in Syria's province.
    found = places_in(
        "On 2 June 2021, displaced families rallied in the Rukban camp in Rural Damascis.")
    assert found["Rukban"].place is None
    region = found["Rural Damascis"].place
    assert region is not None and region.country == "SY"


@pytest.mark.parametrize(
    "text",
    [
        # English words with no locative cue, or all English words, stay unread.
        "Rural Damascis residents said nothing.",
        "Aid reached families in Rural Areass on Monday.",
    ],
)
def test_english_words_no_misspelt_province_without_room_for_it(text: str) -> None:
    assert not [m for m in places_in(text).values()
                if "spelling variant" in (m.reason or "")]
