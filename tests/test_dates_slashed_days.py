"""Days written "3/14" with no year, as translated releases write them."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import find_date_mentions

D = date


@pytest.mark.parametrize(
    ("text", "published", "written", "start", "end", "precision"),
    [
        ("The Security Media Cell announced, on Tuesday 3/14, the killing of 5 terrorists.",
         D(2023, 3, 15), "Tuesday 3/14", D(2023, 3, 14), D(2023, 3, 14), 1),
        ("The army aviation carried out during the period from 7/9 to 7/15, 11 air strikes.",
         D(2023, 7, 16), "from 7/9 to 7/15", D(2023, 7, 9), D(2023, 7, 15), 2),
        # across a year end: the year is the last one before publication
        ("The forces raided the caves from 12/28 to 1/3, the command said.",
         D(2024, 1, 4), "from 12/28 to 1/3", D(2023, 12, 28), D(2024, 1, 3), 2),
        # the day first where the first number cannot be a month
        ("Clashes on 14/3 killed two soldiers.", D(2023, 3, 20), "14/3", D(2023, 3, 14),
         D(2023, 3, 14), 1),
    ],
)
def test_dates_slashed_days_without_a_year(
    text: str, published: date, written: str, start: date, end: date, precision: int
) -> None:
    [mention] = find_date_mentions(text, published=published)
    assert (mention.text, mention.date_start, mention.date_end, mention.time_precision) == (
        written, start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "The group holds 1/3 of the province.",
        "The base is manned 24/7 by two companies.",
        "The vote was 5/4 in favour.",
        "Gunmen killed 3/4 of the herd.",
    ],
)
def test_dates_slashed_days_not_ratios(text: str) -> None:
    assert find_date_mentions(text, published=D(2023, 7, 16)) == []
