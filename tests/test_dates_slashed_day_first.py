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


@pytest.mark.parametrize(("text", "published", "written", "expected"), [
    ("Kut, 10/5/2021 - The police said that gunmen fired on a patrol near the river.",
     dt.date(2021, 5, 11), "10/5/2021", dt.date(2021, 5, 10)),
    ("Kut, 10/5/2021 - The police said that on 8/5 gunmen fired on a patrol near the river.",
     dt.date(2021, 5, 11), "8/5", dt.date(2021, 5, 8)),
    ("Police said that on 4/3/2021 a man was shot in Dayton.", dt.date(2021, 5, 11),
     "4/3/2021", dt.date(2021, 4, 3)),
], ids=["after-publication-month-first", "beside-such-a-date", "both-before-publication"])
def test_dates_slashed_read_day_first_where_month_first_is_after_publication(
        text: str, published: dt.date, written: str, expected: dt.date) -> None:
    assert _slashed(text, published)[written] == expected


def test_dates_event_under_a_dateline_read_day_first_by_its_publication() -> None:
    text = ("Wasit, 7/3/2023 - The Security Media Cell said that on 6/3 gunmen attacked a "
            "police checkpoint in the village of Umm Tarfa, killing three policemen.")
    events = [r for r in extract(text, published="2023-03-08") if isinstance(r, Event)]
    assert [e.date_start for e in events] == ["2023-03-06"]
