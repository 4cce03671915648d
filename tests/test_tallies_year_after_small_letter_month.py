"""A year told after a month in small letters ("in june 2024", "the 19 april 2025", as a
translation from French writes it) is the date's, no count of the strikes after it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Tally


def _tallies(text: str, published: str) -> tuple[list[Tally], list[Consistency]]:
    found = extract(text, published=published)
    return ([r for r in found if isinstance(r, Tally)],
            [r for r in found if isinstance(r, Consistency)])


@pytest.mark.parametrize("when", [
    # a month and a year with no day: no date of the dates stage, the year told by the
    # month's small-letter name before it
    "in june 2024",
    # a day, a month and a year: the date's
    "the 3 june 2024",
])
def test_tallies_year_after_a_small_letter_month_is_no_count(when: str) -> None:
    text = ("COMMUNIQUE OF THE GENERAL STAFF\n\nThe Armed Forces have conducted " + when +
            " of the strikes aerial against one base of terrorists in the zone of Menaka."
            " The results is of about twenty terrorists neutralised.\n")
    tallies, _ = _tallies(text, "2024-06-05")
    assert 2024 not in {t.value for t in tallies}
