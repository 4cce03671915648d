""""In the last week" counts back seven days from the telling, as "the past week" does;
"last week" alone is the calendar week before it."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import find_date_mentions


@pytest.mark.parametrize(("text", "start", "end"), [
    ("In the last week, 12 terrorists were neutralised.", date(2024, 10, 31), date(2024, 11, 7)),
    ("In the last one week, 12 terrorists were neutralised.", date(2024, 10, 31),
     date(2024, 11, 7)),
    ("Over the last week, 12 terrorists were neutralised.", date(2024, 10, 31),
     date(2024, 11, 7)),
    ("Last week, 12 terrorists were neutralised.", date(2024, 10, 28), date(2024, 11, 3)),
])
def test_dates_the_last_week(text: str, start: date, end: date) -> None:
    [mention] = find_date_mentions(text, published=date(2024, 11, 7))
    assert (mention.date_start, mention.date_end) == (start, end)
