"""The unnamed armed group of a count split by country.

Each report under ``fixtures/tallies`` was written for these tests: a ministry's week of
"34 terrorists were rendered ineffective ..., of which 25 in northern Iraq and 9 in northern
Syria", the group never named.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency
from tests.conftest import TallyRow, fixture_records, tally_rows


@pytest.mark.parametrize(
    ("name", "published", "expected", "head"),
    [
        (
            "mod-week-unnamed-by-country", "2025-04-17",
            [("killed", 34, ("IQ", "SY"), "Unidentified Armed Group", None),
             ("killed", 25, ("IQ",), "Unidentified Armed Group (Iraq)", 34),
             ("killed", 9, ("SY",), "Unidentified Armed Group (Syria)", 34)],
            "34 killed (Unidentified Armed Group) reported in total",
        ),
    ],
)
def test_tallies_parties_by_country_each_part_of_its_own_country(
    name: str, published: str, expected: list[TallyRow], head: str
) -> None:
    # each part's men are the group of its own country; the whole's of no one country, not
    # of the country named first
    records = fixture_records("tallies", name, published)
    assert tally_rows(records) == sorted(expected)
    [finding] = [c for c in records if isinstance(c, Consistency)]
    assert finding.verdict == "consistent"
    assert finding.explanation.startswith(head)
