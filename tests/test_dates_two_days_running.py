"""Two days named together as the span of one incident: "on Friday and Saturday" (days
running), "on 3 and 4 May", "between Monday and Wednesday", "over the weekend" give the
range, precision 2; "on Monday and Wednesday", days apart, are two days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventcoder import extract
from eventcoder.dates import find_date_mentions
from eventcoder.records import Event

D = date


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("Gunmen raided Gusau on Friday and Saturday.", D(2024, 5, 12), D(2024, 5, 10),
         D(2024, 5, 11)),
        ("Clashes went on in Kidal on Sunday and Monday.", D(2023, 7, 5), D(2023, 7, 2),
         D(2023, 7, 3)),
        ("Strikes hit Marib on Tuesday and Wednesday.", D(2022, 1, 21), D(2022, 1, 18),
         D(2022, 1, 19)),
        ("Houses burned in Kalehe on Saturday and Sunday.", D(2021, 11, 1), D(2021, 10, 30),
         D(2021, 10, 31)),
        ("Fighting spread on Thursday and Friday, the army said.", D(2020, 3, 13),
         D(2020, 3, 12), D(2020, 3, 13)),
    ],
)
def test_dates_two_weekdays_running_are_one_span(
    text: str, published: date, start: date, end: date
) -> None:
    days = [(m.date_start, m.date_end, m.time_precision)
            for m in find_date_mentions(text, published=published)]
    assert days[0] == (start, end, 2)


def test_dates_two_weekdays_apart_are_two_days() -> None:
    days = [(m.date_start, m.date_end)
            for m in find_date_mentions("Gunmen struck on Monday and Wednesday.",
                                        published=D(2024, 5, 10))]
    assert days == [(D(2024, 5, 6), D(2024, 5, 6)), (D(2024, 5, 8), D(2024, 5, 8))]


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("Gunmen killed 6 farmers in Gusau on Friday and Saturday.", "2024-05-10",
         "2024-05-11", 2),
        ("Gunmen killed 6 farmers in Gusau on 3 and 4 May.", "2024-05-03", "2024-05-04", 2),
        ("Gunmen killed 6 farmers in Gusau between Monday and Wednesday.", "2024-05-06",
         "2024-05-08", 2),
        ("Gunmen killed 6 farmers in Gusau over the weekend.", "2024-05-11", "2024-05-12", 2),
        ("Gunmen killed 6 farmers in Gusau overnight Friday into Saturday.", "2024-05-10",
         "2024-05-11", 1),
    ],
)
def test_dates_event_of_days_running_takes_the_span(
    text: str, start: str, end: str, precision: int
) -> None:
    events = [r for r in extract(text, published="2024-05-13") if isinstance(r, Event)]
    assert [(e.date_start, e.date_end, e.time_precision) for e in events] == [
        (start, end, precision)]


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("Gunmen killed 6 farmers overnight Friday into Saturday.", D(2024, 5, 13),
         D(2024, 5, 10)),
        ("Rebels shelled Goma overnight Sunday into Monday.", D(2023, 2, 16), D(2023, 2, 12)),
        ("Drones struck Odesa overnight on Tuesday.", D(2022, 10, 21), D(2022, 10, 18)),
        ("Bandits raided Kaura on Wednesday night into Thursday.", D(2021, 6, 7),
         D(2021, 6, 2)),
        ("Militants attacked a post overnight Thursday to early Friday.", D(2020, 9, 1),
         D(2020, 8, 27)),
    ],
)
def test_dates_night_of_a_weekday_is_that_night(
    text: str, published: date, start: date
) -> None:
    days = [(m.date_start, m.date_end, m.time_precision)
            for m in find_date_mentions(text, published=published)]
    assert days == [(start, start + timedelta(days=1), 1)]


def test_dates_overnight_of_the_telling_stays_last_night() -> None:
    days = [(m.date_start, m.date_end)
            for m in find_date_mentions("Gunmen killed 6 farmers overnight, police said on "
                                        "Friday.", published=D(2024, 5, 13))]
    assert days[0] == (D(2024, 5, 12), D(2024, 5, 13))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 9 soldiers in attacks on Friday and Saturday.",
        "Militants staged raids on Sunday and Monday.",
        "Jets carried out strikes on Tuesday and Wednesday.",
    ],
)
def test_dates_days_of_several_incidents_stay_two_days(text: str) -> None:
    days = [(m.date_start, m.date_end)
            for m in find_date_mentions(text, published=D(2024, 5, 13))]
    assert len(days) == 2 and all(start == end for start, end in days)
