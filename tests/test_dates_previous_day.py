""""A day earlier", "the previous day": the day before the last day told before them
(texts written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

import eventcoder
from eventcoder.dates import find_date_mentions
from eventcoder.records import Event


@pytest.mark.parametrize("phrase", ["A day earlier", "The previous day", "One day earlier",
                                    "The preceding day"])
def test_previous_day_is_the_day_before_the_day_told_before(phrase: str) -> None:
    text = (f"A constable was killed at a police post on Monday night, officials said. {phrase}, "
            "two villagers were killed by a bomb.")
    mentions = find_date_mentions(text, published=date(2024, 9, 3))
    days = [m.date_start for m in mentions]
    assert days == [date(2024, 9, 2), date(2024, 9, 1)]


def test_previous_day_with_no_day_told_before_is_no_day() -> None:
    text = "A day earlier, two villagers were killed by a bomb, officials said."
    assert find_date_mentions(text, published=date(2024, 9, 3)) == []


def test_event_told_a_day_earlier_is_an_incident_of_its_own_day() -> None:
    text = ("A constable was killed when gunmen fired on a police post in Moirang on Monday "
            "night, officials said on Tuesday.\n\n"
            "A day earlier, two villagers were killed when a bomb exploded near their house "
            "in Imphal West district, police said.")
    events = [r for r in eventcoder.extract(text, published="2024-09-03")
              if isinstance(r, Event)]
    assert sorted(e.date_start or "" for e in events) == ["2024-09-01", "2024-09-02"]
