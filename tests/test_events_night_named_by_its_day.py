"""A night named by its weekday ("on Monday night"), told the next day ("said on Tuesday"),
is the event's day alone: the telling's day is not the event's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _days(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(r.date_start, r.date_end) for r in extract(text, published=published)
            if isinstance(r, Event)]


@pytest.mark.parametrize("night", ["on Monday night", "late on Monday night"])
def test_weekday_night_told_the_next_day(night: str) -> None:
    text = (f"A policeman was killed when gunmen opened fire on a checkpoint in Bannu district "
            f"{night}, officials said on Tuesday.")
    assert _days(text, "2024-03-13") == [("2024-03-11", "2024-03-11")]


def test_night_written_as_two_days_keeps_both() -> None:
    text = ("A policeman was killed when gunmen opened fire on a checkpoint in Bannu district "
            "on the night of 10-11 March, officials said.")
    assert _days(text, "2024-03-13") == [("2024-03-10", "2024-03-11")]


def test_arrests_the_morning_after_the_night_stay_with_it() -> None:
    text = ("Two soldiers were killed when rebels attacked an army post near Gao on Friday "
            "night, the army said. Three suspects were arrested on Saturday morning in a "
            "search of the area, the army added.")
    assert [d for d, _ in _days(text, "2024-04-14")] == ["2024-04-12"]
