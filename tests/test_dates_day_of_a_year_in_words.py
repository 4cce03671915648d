"""A day told with its year in words ("on 14 March last year", "on March 14 last year", "on
2 May this year") is that day of that year, not the latest such day: an anniversary story
tells its attack a year before the day it runs."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder import extract
from eventcoder.dates import find_date_mentions
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The mosque was set alight on 14 March last year.", date(2024, 3, 14)),
        ("The mosque was set alight on March 14 last year.", date(2024, 3, 14)),
        ("Gunmen stormed the hall in the early hours of 2 May this year.", date(2025, 5, 2)),
        ("The blast on 20 December last year killed four.", date(2024, 12, 20)),
    ],
)
def test_dates_day_of_a_year_in_words(text: str, day: date) -> None:
    found = find_date_mentions(text, published=date(2025, 3, 14))
    assert [(m.date_start, m.date_end) for m in found] == [(day, day)], found


def test_an_attack_a_year_before_its_anniversary_story() -> None:
    text = ("The mosque in the Swedish city of Orebro was set alight on 14 March last year. "
            "A firefighter was injured.")
    event = next(r for r in extract(text, published="2025-03-14") if isinstance(r, Event))
    assert event.date_start == "2024-03-14"
    assert event.background
