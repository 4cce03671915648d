"""Any calendar day, written in any supported form, reads back as that day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.dates import find_date_mentions, parse_date_text

MONTHS = (
    "January February March April May June July August September October November December"
).split()
ABBREVIATIONS = "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec".split()


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _abbreviated(month: int) -> str:
    short = ABBREVIATIONS[month - 1]
    return short if short == MONTHS[month - 1] else f"{short}."


FORMS: dict[str, Callable[[date], str]] = {
    "day month year": lambda d: f"On {d.day} {MONTHS[d.month - 1]} {d.year}, gunmen attacked.",
    "month day, year": lambda d: f"On {MONTHS[d.month - 1]} {d.day}, {d.year}, police fired.",
    "abbreviated": lambda d: f"Since {_abbreviated(d.month)} {d.day}, {d.year} talks",
    "ordinal of": lambda d: f"on the {_ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}.",
    "iso": lambda d: f"reported {d.isoformat()} by the ministry",
    "gtd slash": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}: Militants attacked a post.",
    "weekday first": lambda d: f"On {d.strftime('%A')}, {d.day} {MONTHS[d.month - 1]} {d.year}",
}

days = st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31))


@pytest.mark.parametrize("form", sorted(FORMS))
@settings(max_examples=40, deadline=None)
@given(day=days)
def test_dates_roundtrip_written_forms(form: str, day: date) -> None:
    text = FORMS[form](day)
    mentions = find_date_mentions(text, published=None)
    assert [(m.date_start, m.date_end, m.time_precision, m.basis) for m in mentions] == [
        (day, day, 1, "stated")
    ], text


@settings(max_examples=150, deadline=None)
@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2068, 12, 31)))
def test_dates_roundtrip_acled_event_date(day: date) -> None:
    written = f"{day.day}-{ABBREVIATIONS[day.month - 1][:3]}-{day.year % 100:02d}"
    mention = parse_date_text(written, published=None)
    assert mention is not None and mention.date_start == day


@settings(max_examples=150, deadline=None)
@given(day=days, days_after=st.integers(min_value=-7, max_value=300))
def test_dates_roundtrip_year_from_publication(day: date, days_after: int) -> None:
    published = day + timedelta(days=days_after)
    text = f"On {day.day} {MONTHS[day.month - 1]}, militias clashed."
    (mention,) = find_date_mentions(text, published=published)
    assert (mention.date_start, mention.basis) == (day, "year_inferred")


@settings(max_examples=150, deadline=None)
@given(
    end=days,
    length=st.integers(min_value=1, max_value=20),
    days_after=st.integers(min_value=0, max_value=200),
)
def test_dates_roundtrip_ranges_across_months_and_years(
    end: date, length: int, days_after: int
) -> None:
    start = end - timedelta(days=length)
    text = (
        f"From {MONTHS[start.month - 1]} {start.day} to {MONTHS[end.month - 1]} {end.day}, "
        "the coalition conducted strikes."
    )
    (mention,) = find_date_mentions(text, published=end + timedelta(days=days_after))
    assert (mention.date_start, mention.date_end) == (start, end)
    assert mention.time_precision == 2


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            list("0123456789 -/.,:()'")
            + ["May", "March", "Monday", "2020", "ago", "last", "week", "between", "and", "the",
               "of", "early", "in", "Feb", "29", " ", " ", "night"]
        ),
        max_size=30,
    ),
    published=st.none() | st.dates(),
)
def test_dates_roundtrip_any_text_and_publication_date_never_fails(
    pieces: list[str], published: date | None
) -> None:
    text = "".join(pieces)
    for mention in find_date_mentions(text, published=published):
        assert text[mention.start : mention.end] == mention.text
        assert mention.time_precision in (1, 2, 3)
        if mention.date_start is not None and mention.date_end is not None:
            assert mention.date_start <= mention.date_end
        else:
            assert mention.basis == "unknown" and not mention.year_known
