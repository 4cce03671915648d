"""Notes naming a town and the country across a border from it, or a town written with its
Arabic article in another transliteration, under ``fixtures/border_and_article_spellings``,
and the place readings behind them.

"Near X, close to the border with Y": a border is between two countries, so Y is the one the
town is not in; it neither becomes the event's place nor points the town's namesakes to
itself, and X's readings in Y give way to those elsewhere. "Ar Rayda" for the gazetteer's
"Ar Raydah": a town whose own name opens with an article as the written one does is the
same name spelled otherwise, before a town abroad reached only once the article is dropped,
unless the text points to another country. "Two Chinese engineers", "Ethiopian migrants":
people a note names by their country because they are away from it do not draw the town's
reading to that country.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.evaluate.metrics import main_event
from eventcoder.pipeline import extract
from eventcoder.records import Event, Record
from tests.analyst_readings import AnalystReadings
from tests.places_text import places_in

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "border_and_article_spellings")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.all_extracted()


@pytest.mark.parametrize("name", READINGS.names)
def test_border_and_article_notes_read_as_the_analyst_records(
        records: dict[str, list[Record]], name: str) -> None:
    wrong = READINGS.wrong(name, records[name])
    assert not wrong, wrong


@pytest.mark.parametrize("name", READINGS.names)
def test_border_and_article_pending_fields_still_fail(
        records: dict[str, list[Record]], name: str) -> None:
    come_right = READINGS.come_right(name, records[name])
    assert not come_right, come_right


def _event_country(text: str) -> str | None:
    event = main_event([r for r in extract(text) if isinstance(r, Event)])
    return event.location.country if event is not None and event.location else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 2 May 2018, customs officers seized a truck of cigarettes near Rawah, a short "
         "drive from the border with Syria.", "IQ"),
        ("On 30 June 2021, a mortar round fell on a farm outside Taftanaz, near Syria's "
         "border with Turkey.", "SY"),
        ("On 14 February 2019, bandits raided a market near Kukawa on the border with "
         "Niger, killing a trader.", "NG"),
        ("On 6 September 2024, Taliban fighters detained two men near Khash along the "
         "frontier with Iran.", "AF"),
        ("On 19 December 2017, protesters blocked the road near Taftanaz, close to the "
         "borders with Turkey and Lebanon.", "SY"),
    ],
)
def test_a_country_across_the_border_is_not_the_events(text: str, country: str) -> None:
    assert _event_country(text) == country


@pytest.mark.parametrize(
    ("text", "across"),
    [
        ("Shepherds were shot near Rawah, close to the border with Syria.", "Syria"),
        ("A patrol was ambushed outside Kukawa along the frontier with Niger.", "Niger"),
        ("Smugglers clashed with guards near Khash at the boundary with Iran.", "Iran"),
    ],
)
def test_the_country_across_the_border_is_no_place_mention(text: str, across: str) -> None:
    assert across not in places_in(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the border word with no "with": the country is still the place written
        ("Turkish artillery shelled positions across the border in Syria.", "Syria", "SY"),
        ("Two soldiers were killed in Iran near Khash.", "Khash", "IR"),
    ],
)
def test_a_country_written_otherwise_is_still_read(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("text", "name", "spelled"),
    [
        ("Gunmen kidnapped a money changer in Ar Rayda on Monday.", "Ar Rayda", "Ar Raydah"),
        ("Soldiers demolished two houses in Al Janiya.", "Al Janiya", "Al Janiyah"),
        ("A landmine killed a shepherd east of As Sabkha.", "As Sabkha", "As Sabkhah"),
    ],
)
def test_a_town_with_an_article_in_another_spelling_is_read(
        text: str, name: str, spelled: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.name == spelled


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi police arrested three men in Ar Rayda on Monday.",
        "Gunmen killed a farmer in Ar Rayda near Haditha.",
    ],
)
def test_an_article_town_abroad_gives_way_to_the_country_pointed_to(text: str) -> None:
    place = places_in(text)["Ar Rayda"].place
    assert place is None or place.country == "IQ"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 3 May 2021, gunmen abducted two Chinese engineers near Kukawa.", "NG"),
        ("On 18 February 2019, tribesmen kidnapped three Afghan contractors near Lawdar.",
         "YE"),
        ("On 7 September 2022, a bus carrying Burkinabe pilgrims was ambushed near "
         "Kadiolo.", "ML"),
        ("On 29 November 2020, militants seized two Sudanese truck drivers in Bereeda.",
         "SO"),
        ("On 11 April 2023, police arrested 25 Burmese migrants near Bichena.", "ET"),
        ("On 2 June 2019, unknown assailants shot a Libyan national near Baabda.", "LB"),
        ("On 20 October 2021, armed men robbed a group of Mexican tourists near Suarez.",
         "CO"),
    ],
)
def test_people_from_abroad_do_not_pull_the_town_to_their_country(
        text: str, country: str) -> None:
    assert _event_country(text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a people's name before other words still points to its country
        ("On 3 May 2021, Lebanese protesters blocked a road in Tripoli.", "LB"),
        ("On 8 March 2020, a Lebanese citizen was shot dead in Tripoli.", "LB"),
        ("On 4 July 2022, rival Libyan militias clashed in Tripoli.", "LY"),
    ],
)
def test_a_peoples_name_before_other_words_still_points(text: str, country: str) -> None:
    assert _event_country(text) == country
