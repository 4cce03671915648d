"""Counts of periodic releases whose people are described before their verb.

Each report under ``fixtures/tallies`` was written for these tests: a week's release whose
counts carry a relative clause between the people and what befell them ("16 militants who
took part in attacks on the security forces were killed", "9 militants who had been hiding
in the hills ... have surrendered", "23 suspects that were wanted ... were arrested").
"""

from __future__ import annotations

import pytest

from eventcoder.records import Tally
from tests.conftest import TallyRow, fixture_records, tally_rows


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        (
            "moi-week-who-clauses", "2025-02-11",
            [("operations", 42, ("PK",), None, None),
             ("killed", 16, ("PK",), "Unidentified Armed Group (Pakistan)", None),
             ("surrendered", 9, ("PK",), "Unidentified Armed Group (Pakistan)", None),
             ("detained", 23, ("PK",), "suspects", None)],
        ),
    ],
)
def test_tallies_release_clauses_read_counts_past_a_relative_clause(
    name: str, published: str, expected: list[TallyRow]
) -> None:
    records = fixture_records("tallies", name, published)
    assert tally_rows(records) == sorted(expected)
    assert {(t.period_start, t.period_end) for t in records if isinstance(t, Tally)} == {
        ("2025-02-04", "2025-02-11")}
