"""A day told as "more than N weeks ago" lies before the day N weeks back, in the week
before it, not in the week that day opens; and a deed a story's lead tells so is the one
it dates to the day further down, no second incident of that later week."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder import extract
from eventcoder.dates import find_date_mentions
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        ("The men were seized more than three weeks ago.", date(2019, 10, 14),
         date(2019, 9, 16), date(2019, 9, 23)),
        ("She went missing over two weeks ago, her family said.", date(2024, 3, 20),
         date(2024, 2, 28), date(2024, 3, 6)),
        ("The convoy was ambushed more than 4 weeks ago.", date(2021, 7, 1),
         date(2021, 5, 27), date(2021, 6, 3)),
        # no "more than": the week that day opens, as before
        ("The men were seized three weeks ago.", date(2019, 10, 14),
         date(2019, 9, 23), date(2019, 9, 29)),
    ],
)
def test_more_than_weeks_ago_is_the_week_before_that_day(text: str, published: date,
                                                         first: date, last: date) -> None:
    told = [d for d in find_date_mentions(text, published=published) if d.date_start]
    assert [(d.date_start, d.date_end, d.time_precision) for d in told] == [(first, last, 2)]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Aid workers freed in Ituri\n\nBUNIA - Three aid workers who were abducted by "
         "gunmen near Komanda more than two weeks ago were freed on Saturday, their agency "
         "said.\n\nThe three were taken on the morning of May 3, when armed men stopped "
         "their vehicle on the road north of Komanda and led them into the forest.",
         "2021-05-24", "2021-05-03"),
        ("Students released in Zamfara\n\nGUSAU, Nigeria - Fourteen students kidnapped from "
         "their school in Zamfara state more than three weeks ago have been released, police "
         "said on Monday.\n\nGunmen on motorcycles stormed the school in Kaura Namoda on the "
         "night of February 10 and took the students away.", "2022-03-07", "2022-02-10"),
    ],
)
def test_a_deed_told_weeks_back_and_dated_below_is_one_incident(text: str, published: str,
                                                                day: str) -> None:
    taken = [r for r in extract(text, published=published, doc_id="t")
             if isinstance(r, Event) and r.sub_event_type == "abduction_forced_disappearance"]
    assert [e.date_start for e in taken] == [day], [e.notes for e in taken]
