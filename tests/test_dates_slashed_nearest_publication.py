"""A yearless slashed date with no sign of its order ("on 12/4") takes, of its two readings,
the one that falls on or before publication and nearest to it: a report tells of the days
just past, not of a day months back in the year before."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates import find_date_mentions


def _slashed(text: str, published: dt.date) -> dict[str, dt.date | None]:
    return {m.text: m.date_start for m in find_date_mentions(text, published=published)
            if "/" in m.text}


@pytest.mark.parametrize(("text", "published", "written", "expected"), [
    ("The provincial police said that on 12/4 gunmen ambushed a convoy near Tal Hamra.",
     dt.date(2023, 4, 20), "12/4", dt.date(2023, 4, 12)),
    ("The sheriff said that on 3/4 a deputy was shot outside Millbrook.",
     dt.date(2023, 3, 10), "3/4", dt.date(2023, 3, 4)),
    ("Officials said that on 8/10 a bomb went off at a market in Dar Kalan.",
     dt.date(2022, 10, 15), "8/10", dt.date(2022, 10, 8)),
], ids=["day-first-nearer", "month-first-nearer", "day-first-in-autumn"])
def test_dates_yearless_slashed_nearest_before_publication(
        text: str, published: dt.date, written: str, expected: dt.date) -> None:
    assert _slashed(text, published)[written] == expected
