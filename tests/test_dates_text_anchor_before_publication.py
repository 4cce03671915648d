"""A yearless date that takes its year from a full date written just before it ("On 20
November 2023 ... On 12 April") takes the nearest year that does not put it after the
report's publication: the April before, not the one still to come."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates import find_date_mentions


def _yearless(text: str, published: dt.date | None) -> list[dt.date | None]:
    return [m.date_start for m in find_date_mentions(text, published=published)
            if m.basis == "year_inferred"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On 20 November 2023, gunmen attacked a post in Kurram. On 12 April, gunmen "
         "attacked a checkpoint in Bajaur.", dt.date(2024, 3, 1), dt.date(2023, 4, 12)),
        ("On 20/11/2023, gunmen attacked a post in Kurram. On 12/4, gunmen attacked a "
         "checkpoint in Bajaur.", dt.date(2024, 3, 1), dt.date(2023, 4, 12)),
        ("On 20 November 2023, gunmen attacked a post in Kurram. In April, gunmen attacked "
         "a checkpoint in Bajaur.", dt.date(2024, 3, 1), dt.date(2023, 4, 1)),
        # the nearest year where it falls before the publication
        ("On 20 November 2023, gunmen attacked a post in Kurram. On 2 January, gunmen "
         "attacked a checkpoint in Bajaur.", dt.date(2024, 6, 1), dt.date(2024, 1, 2)),
        # with no publication, nothing bounds the nearest year
        ("On 20 November 2023, gunmen attacked a post in Kurram. On 12 April, gunmen "
         "attacked a checkpoint in Bajaur.", None, dt.date(2024, 4, 12)),
    ],
    ids=["day-month", "slashed", "month", "next-year-before-publication", "unpublished"],
)
def test_dates_yearless_date_no_later_than_publication(
        text: str, published: dt.date | None, expected: dt.date) -> None:
    assert _yearless(text, published) == [expected]
