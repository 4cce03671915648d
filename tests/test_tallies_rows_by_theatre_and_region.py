"""A defence ministry's week by region and a defence headquarters' fortnight by theatre.

"In northern Iraq, 13 terrorists were neutralised in the Metina and Zap regions": the
figures are in the country the sentence opens with, even where the gazetteer holds the
regions' names for villages of another country. A part of the week is of the week's total,
not of a count since January told after it. The last theatre's dead named in words the
actor list does not know ("5 oil thieves") are a row of the total the rows before break
down, where the total has room for them.
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Tally

_WEEK = (
    "MINISTRY OF NATIONAL DEFENCE\n\nAnkara, 8 May 2025\n\n"
    "Within the past week, 15 PKK terrorists were neutralised in northern Iraq and "
    "northern Syria.\n\n"
    "In northern Iraq, 11 terrorists were neutralised in the Metina and Zap regions, 7 of "
    "them in the Metina region and 4 in the Zap region.\n\n"
    "In northern Syria, 4 terrorists were neutralised in the Tel Rifat region.\n\n"
    "Since 1 January, the number of terrorists neutralised has reached 640.\n")


def _records(text: str, published: str) -> tuple[list[Tally], list[Consistency]]:
    records = extract(text, published=published)
    return ([r for r in records if isinstance(r, Tally)],
            [r for r in records if isinstance(r, Consistency)])


def test_tallies_regions_are_in_the_country_the_sentence_opens_with() -> None:
    tallies, _ = _records(_WEEK, "2025-05-08")
    for value in (11, 7):
        told = next(t for t in tallies if t.value == value)
        assert told.area == ["IQ"], (value, told.area)


def test_tallies_a_part_of_the_week_is_of_the_weeks_total() -> None:
    tallies, findings = _records(_WEEK, "2025-05-08")
    week = next(t for t in tallies if t.value == 15)
    syria = next(t for t in tallies if t.value == 4 and t.area == ["SY"])
    assert syria.parent == week.tally_id
    assert (15, [4, 11], "consistent") in [(c.total, sorted(c.parts), c.verdict)
                                           for c in findings]


def test_tallies_opening_country_leaves_places_of_its_own_country() -> None:
    text = ("In Iraq, 9 suspects were arrested in Kirkuk and Hawija in April 2025, the "
            "ministry said.")
    tallies, _ = _records(text, "2025-05-02")
    assert next(t for t in tallies if t.value == 9).area == ["IQ"]


def test_tallies_opening_country_leaves_a_country_the_sentence_names() -> None:
    text = ("In Syria, partner forces detained 14 suspects in April 2025, while in Iraq 6 "
            "were detained in Kirkuk.")
    tallies, _ = _records(text, "2025-05-02")
    assert next(t for t in tallies if t.value == 6).area == ["IQ"]


_FORTNIGHT = (
    "DEFENCE HEADQUARTERS\n\nABUJA, 5 March 2025 - Troops neutralised {whole} terrorists "
    "and arrested 60 suspects across the theatres of operation between 19 February and 4 "
    "March 2025.\n\n"
    "In the North East, troops of Operation Hadin Kai neutralised 20 terrorists and arrested "
    "31 suspects in Borno State.\n\n"
    "In the North West, troops of Operation Fansan Yamma neutralised 12 terrorists and "
    "arrested 17 suspects in Zamfara State.\n\n"
    "In the South South, troops of Operation Delta Safe neutralised 4 oil thieves and "
    "arrested 12 suspected oil thieves in Rivers State.\n")


@pytest.mark.parametrize(("whole", "parts"), [(36, [4, 12, 20]), (33, [12, 20])])
def test_tallies_last_theatres_row_of_other_words(whole: int, parts: list[int]) -> None:
    # 20 + 12 + 4 = 36: a row of the total; with a total of 33 it has no room
    _, findings = _records(_FORTNIGHT.format(whole=whole), "2025-03-05")
    killed = next(c for c in findings if c.total == whole)
    assert sorted(killed.parts) == parts
