"""A weekday or a relative day under a dated dateline ("PESHAWAR, Nov 6: ... on Monday",
"KANDAHAR (May 3) - ... on Tuesday") is counted back from the day the dateline says the
report was filed, not from a later copy's publication date."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder import extract
from eventcoder.dates import find_date_mentions
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "published", "day"), [
    ("PESHAWAR, Nov 6: Gunmen on motorcycles shot dead two policemen guarding a polio "
     "vaccination team in the Matani area on Monday, police said.", "2019-11-12", "2019-11-04"),
    ("KANDAHAR (May 3) - Three civilians were killed when a roadside bomb struck their car "
     "in Arghandab district on Tuesday, provincial officials said.", "2018-05-08",
     "2018-05-01"),
    ("Turbat, 14 March 2021 - Two labourers were shot dead at a construction site near "
     "Turbat on Friday night, the Levies said.", "2021-03-19", "2021-03-12"),
], ids=["colon-dateline", "bracketed-day", "full-date"])
def test_dates_weekday_counted_from_the_dateline_day(text: str, published: str,
                                                     day: str) -> None:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert [e.date_start for e in events] == [day]


def test_dates_yesterday_counted_from_the_dateline_day() -> None:
    text = "QUETTA, Feb 20: A bomb went off near a bus stop in Sariab yesterday, police said."
    span = (0, text.index(":"))
    mentions = find_date_mentions(text, published=date(2020, 2, 24), dateline=span)
    assert [(m.text, m.date_start) for m in mentions if m.text == "yesterday"] == [
        ("yesterday", date(2020, 2, 19))]


def test_dates_weekday_under_a_dateline_after_publication_counts_from_publication() -> None:
    text = ("PESHAWAR, Nov 16: Gunmen shot dead a shopkeeper in the Hayatabad area on "
            "Monday, police said.")
    span = (0, text.index(":"))
    mentions = find_date_mentions(text, published=date(2019, 11, 12), dateline=span)
    assert [m.date_start for m in mentions if m.text.endswith("Monday")] == [
        date(2019, 11, 11)]
