"""A province's or city's name with a letter slipped between two letters the transliteration
keys read as one ("gh", "kh", "dh", a doubled "b": "Bagnhdad", "Badaknhshan", "Togdnheer",
"Jubnbada Hoose") is two edits off the name's key, but one letter off the name as written:
it is read as that name, as a slip one edit off the key is. A capitalised Arabic article
opening the name ("Al Hudanydah", "An Nabantiyah") is no English word that keeps the run from
being read as a slip. A camp written in such a town, whose name is read a letter off a town
abroad, is left unresolved, as it is in a province so read. A first-level division's name of
four or five words, written with its division's word, is read a letter off as a shorter one
is ("Al Jabal al Akhar province"). Sentences written for these tests; the notes under
``fixtures/misspelt_divisions`` are read in ``test_places_notes_analyst_readings``."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event
from tests.places_text import division_read, places_in


def _event_place(text: str) -> tuple[str | None, str | None]:
    event = main_event([r for r in extract(text) if isinstance(r, Event)])
    assert event is not None and event.location is not None
    return event.location.country, event.location.admin1


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("On 19 September 2022, a crowd stoned a police car near the Dalteshi camp in "
         "Lagnhman.", "AF", "Laghman"),
        ("On 23 October 2020, soldiers detained 9 youths in Pomulo village, Badaknhshan "
         "province.", "AF", "Badakhshan"),
        ("On 14 April 2023, herders fought over water near the Gukadal camp in Togdnheer.",
         "SO", "Togdheer"),
        ("On 30 August 2021, refugees marched from the Nekshibir camp in Raknhine to the "
         "town hall.", "MM", "Rakhine"),
        ("On 8 March 2023, militants seized the Lorobir camp in Jubnbada Hoose overnight.",
         "SO", "Jubbada Hoose"),
        # the capitalised article opening the name is no English word
        ("On 2 February 2022, a sniper shot a fisherman in Al Hudanydah on Tuesday.", "YE",
         "Al Hudaydah"),
        ("On 17 July 2020, a drone struck a car in An Nabantiyah, wounding its driver.", "LB",
         "An Nabatiyah"),
        # a camp written in the town, whose name is a letter off a town abroad, is no place
        # of the event: the town is
        ("On 11 May 2022, gunmen shot dead a guard in the Lobirka camp in Bangnhazi.", "LY",
         "Banghazi"),
        ("On 26 January 2021, a mortar shell wounded three children in the Zandalmu camp in "
         "An Nabantiyah.", "LB", "An Nabatiyah"),
    ],
)
def test_places_letter_slipped_into_a_merged_pair(text: str, country: str, admin1: str) -> None:
    assert _event_place(text) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "written", "country", "admin1"),
    [
        ("On 15 March 2022, militiamen shot two guards near Tekalo village, Al Jabal al Ghabi "
         "province.", "Al Jabal al Ghabi", "LY", "Jabal al Gharbi"),
        ("On 3 November 2020, a landmine killed a shepherd near Gurosh village, Al Jabal al "
         "Akhar province.", "Al Jabal al Akhar", "LY", "Al Jabal al Akhdar"),
        ("On 21 June 2023, police dispersed a land protest in Bitemo village, Rio Grande do "
         "Norle state.", "Rio Grande do Norle", "BR", "Rio Grande do Norte"),
    ],
)
def test_places_division_of_four_words_a_letter_off(
        text: str, written: str, country: str, admin1: str) -> None:
    assert division_read(text, written) == (country, admin1)
    assert _event_place(text) == (country, admin1)


def test_places_long_name_no_division_is_a_letter_off_stays_unread() -> None:
    text = ("On 7 September 2021, gunmen robbed a fuel station in Lokanu village, Nova Zelo "
            "Rabatu Kirme province.")
    assert all(m.place is None or m.place.feature != "admin1"
               for m in places_in(text).values())


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # two letters slipped in: no name is one letter off as written
        ("On 6 May 2021, unknown men torched a clinic in the Pomuka camp in Bagnhdnad.",
         "Bagnhdnad"),
        ("On 6 May 2021, unknown men torched a clinic in Kalonekro.", "Kalonekro"),
        ("On 6 May 2021, a crowd rallied outside the Shirotegu camp in Dalnekmushi.",
         "Dalnekmushi"),
    ],
)
def test_places_name_more_than_a_letter_off_stays_unread(text: str, written: str) -> None:
    mention = places_in(text).get(written)
    assert mention is None or mention.place is None
