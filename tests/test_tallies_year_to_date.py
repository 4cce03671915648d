"""The end of a year-to-date count told in a release of one month.

Each report under ``fixtures/tallies`` was written for these tests: a May release told on 3
June whose "So far this year" figures follow May's, and a release of the same day that
reports no month, only "so far this year".
"""

from __future__ import annotations

import pytest

from eventcoder.records import Tally
from tests.conftest import fixture_records


@pytest.mark.parametrize(
    ("name", "published", "periods"),
    [
        # the year of a May release: January to the end of May, the figures it reports on
        ("jtf-may-year-to-date", "2025-06-03",
         {"operations": {("2025-05-01", "2025-05-31"), ("2025-01-01", "2025-05-31")},
          "killed": {("2025-05-01", "2025-05-31"), ("2025-01-01", "2025-05-31")},
          "detained": {("2025-05-01", "2025-05-31")}}),
        # no month reported: the year up to the telling
        ("jtf-year-to-date-alone", "2025-06-03",
         {"operations": {("2025-01-01", "2025-06-03")},
          "killed": {("2025-01-01", "2025-06-03")}}),
    ],
)
def test_tallies_year_to_date_ends_with_the_month_reported(
    name: str, published: str, periods: dict[str, set[tuple[str | None, str | None]]]
) -> None:
    got: dict[str, set[tuple[str | None, str | None]]] = {}
    for t in fixture_records("tallies", name, published):
        if isinstance(t, Tally):
            got.setdefault(t.metric, set()).add((t.period_start, t.period_end))
    assert got == periods
