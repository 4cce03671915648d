"""A month told with the year in words ("in August last year", "last year in May", "in
March this year") is that month of that year, not the latest such month."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import find_date_mentions


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("In August last year, militants stormed a base.", date(2023, 8, 1), date(2023, 8, 31)),
        ("Last year in May, gunmen killed four farmers.", date(2023, 5, 1), date(2023, 5, 31)),
        ("In July of last year, a drone struck the town.", date(2023, 7, 1),
         date(2023, 7, 31)),
        ("In March this year, the army retook the village.", date(2024, 3, 1),
         date(2024, 3, 31)),
    ],
)
def test_dates_month_of_a_year_in_words(text: str, start: date, end: date) -> None:
    found = find_date_mentions(text, published=date(2024, 10, 17))
    assert [(m.date_start, m.date_end) for m in found] == [(start, end)], found
