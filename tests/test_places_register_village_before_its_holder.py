"""A register village written before its own province or district ("Shariff Aguak,
Maguindanao", a row of a table) is read where that holder says, though the text names a
district elsewhere (the city the release was signed in)."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_TABLE = """{unit}
WEEKLY OPERATIONS UPDATE, {week}

DATE     PLACE                                    ACTION                          RESULT
{rows}

{signed}, {day}
"""


def _places(text: str, published: str) -> list[str | None]:
    return [r.location.name for r in extract(text, published=published, doc_id="s")
            if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("unit", "week", "rows", "signed", "day", "published", "places"),
    [
        ("601ST INFANTRY BRIGADE, PHILIPPINE ARMY", "7-13 MARCH 2022",
         "8 Mar    Shariff Aguak, Maguindanao               encounter with BIFF             "
         "4 BIFF killed\n"
         "11 Mar   Datu Hoffer Ampatuan, Maguindanao        arrest operation                "
         "3 BIFF members arrested",
         "Cotabato City", "14 March 2022", "2022-03-14",
         ["Shariff Aguak", "Datu Hoffer Ampatuan"]),
        ("6TH INFANTRY DIVISION, PHILIPPINE ARMY", "1-7 AUGUST 2020",
         "2 Aug    Datu Saudi Ampatuan, Maguindanao         encounter with Dawlah Islamiyah "
         "2 DI killed, 1 soldier wounded",
         "Cotabato City", "8 August 2020", "2020-08-08", ["Datu Saudi Ampatuan"]),
    ],
)
def test_places_table_row_town_before_its_province_is_found(
        unit: str, week: str, rows: str, signed: str, day: str, published: str,
        places: list[str]) -> None:
    text = _TABLE.format(unit=unit, week=week, rows=rows, signed=signed, day=day)
    assert _places(text, published) == places


def test_places_prose_town_and_province_still_found() -> None:
    text = ("COTABATO CITY, 20 June 2021 - Troops clashed with BIFF fighters in Datu Saudi "
            "Ampatuan, Maguindanao, on Sunday, killing three of them.")
    assert _places(text, "2021-06-20") == ["Datu Saudi Ampatuan"]
