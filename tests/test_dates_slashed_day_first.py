"""A slashed date with no sign of its order ("on 3/4") is read month first, as US reports
write it, unless the text's other slashed dates are written day first ("17/5", a day above
12 first), as Arabic and French official releases translated into English write them."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder import extract
from eventcoder.dates import find_date_mentions
from eventcoder.records import Event


def _slashed(text: str, published: dt.date) -> dict[str, dt.date | None]:
    return {m.text: m.date_start for m in find_date_mentions(text, published=published)
            if "/" in m.text}


@pytest.mark.parametrize(("text", "published", "written", "expected"), [
    ("Mosul, 19/6/2022 (translated) - The command said that on 2/6 a patrol came under fire "
     "south of Qayyarah.", dt.date(2022, 6, 20), "2/6", dt.date(2022, 6, 2)),
    ("The ministry said that on 5/7 gunmen attacked a checkpoint near Ain Salah, and that a "
     "second attack followed on 14/7.", dt.date(2022, 7, 20), "5/7", dt.date(2022, 7, 5)),
    ("The ministry said that on 5/7/2022 gunmen attacked a checkpoint, and that a second "
     "attack followed on 21/7/2022.", dt.date(2022, 7, 25), "5/7/2022", dt.date(2022, 7, 5)),
], ids=["dateline-day-first", "other-date-day-first", "with-years"])
def test_dates_slashed_read_day_first_beside_a_day_first_date(
        text: str, published: dt.date, written: str, expected: dt.date) -> None:
    assert _slashed(text, published)[written] == expected


def test_dates_slashed_month_first_stays_without_a_day_first_date() -> None:
    text = "Police said that on 3/4 a man was shot in Dayton, and another on 3/19."
    assert _slashed(text, dt.date(2023, 3, 25))["3/4"] == dt.date(2023, 3, 4)


def test_dates_event_on_a_day_first_slashed_date() -> None:
    text = ("The Security Media Cell said that on 6/5 an explosive device struck an army "
            "patrol near Baiji, killing a soldier. A second device was defused on 18/5.")
    events = [r for r in extract(text, published="2023-05-20") if isinstance(r, Event)]
    assert dt.date(2023, 5, 6).isoformat() in [e.date_start for e in events]
