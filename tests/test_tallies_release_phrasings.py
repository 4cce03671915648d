"""Counts of periodic releases in phrasings the other reports do not use.

Each report under ``fixtures/tallies`` was written for these tests: a week's release whose
counts carry a relative clause between the people and what befell them ("16 militants who
took part in attacks on the security forces were killed", "9 militants who had been hiding
in the hills ... have surrendered", "23 suspects that were wanted ... were arrested"); and
a week's communique, in the wording of a translation, whose counts are of "terrorist
elements", "outlaws" and "armed elements" and name no group anywhere.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Tally
from tests.conftest import TallyRow, fixture_records, tally_rows


@pytest.mark.parametrize(
    ("name", "published", "expected", "period"),
    [
        (
            "moi-week-who-clauses", "2025-02-11",
            [("operations", 42, ("PK",), None, None),
             ("killed", 16, ("PK",), "Unidentified Armed Group (Pakistan)", None),
             ("surrendered", 9, ("PK",), "Unidentified Armed Group (Pakistan)", None),
             ("detained", 23, ("PK",), "suspects", None)],
            ("2025-02-04", "2025-02-11"),
        ),
        (
            # the party as written ("terrorist elements") is no actor: the unnamed armed
            # group of the country, as "terrorists" and "militants" are
            "fama-week-elements-outlaws", "2025-03-09",
            [("operations", 31, ("NE",), None, None),
             ("killed", 18, ("NE",), "Unidentified Armed Group (Niger)", None),
             ("detained", 7, ("NE",), "Unidentified Armed Group (Niger)", None),
             ("surrendered", 4, ("NE",), "Unidentified Armed Group (Niger)", None)],
            ("2025-03-02", "2025-03-09"),
        ),
    ],
)
def test_tallies_release_phrasings_read_each_count_and_its_party(
    name: str, published: str, expected: list[TallyRow], period: tuple[str, str]
) -> None:
    records = fixture_records("tallies", name, published)
    assert tally_rows(records) == sorted(expected)
    assert {(t.period_start, t.period_end) for t in records if isinstance(t, Tally)} == {period}
