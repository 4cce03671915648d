"""A weekend told on a Saturday or a Sunday: "at the weekend" is the weekend under way, "last
weekend" the one before it; told on a weekday, both are the Saturday and Sunday just past."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import find_date_mentions

D = date


@pytest.mark.parametrize(("text", "published", "start", "end"), [
    # told on a Sunday
    ("Raiders burned the granary at the weekend.", D(2024, 3, 17), D(2024, 3, 16), D(2024, 3, 17)),
    ("Raiders burned the granary over the weekend.", D(2024, 3, 17), D(2024, 3, 16),
     D(2024, 3, 17)),
    ("Raiders burned the granary last weekend.", D(2024, 3, 17), D(2024, 3, 9), D(2024, 3, 10)),
    # told on a Saturday
    ("Raiders burned the granary at the weekend.", D(2024, 3, 16), D(2024, 3, 16), D(2024, 3, 16)),
    ("Raiders burned the granary last weekend.", D(2024, 3, 16), D(2024, 3, 9), D(2024, 3, 10)),
    # told on a weekday
    ("Raiders burned the granary at the weekend.", D(2024, 3, 19), D(2024, 3, 16), D(2024, 3, 17)),
    ("Raiders burned the granary last weekend.", D(2024, 3, 20), D(2024, 3, 16), D(2024, 3, 17)),
])
def test_dates_weekend_told_on_any_day(text: str, published: date, start: date, end: date) -> None:
    mentions = find_date_mentions(text, published=published)
    assert [(m.date_start, m.date_end, m.time_precision) for m in mentions] == [(start, end, 2)]
