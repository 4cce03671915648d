"""Parties of translated releases that never name the group they count.

Each report under ``fixtures/tallies`` was written for these tests: a week's communique,
in the wording of a translation, whose counts are of "terrorist elements", "outlaws" and
"armed elements" and name no group anywhere.
"""

from __future__ import annotations

import pytest

from tests.conftest import TallyRow, fixture_records, tally_rows


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        (
            "fama-week-elements-outlaws", "2025-03-09",
            [("operations", 31, ("NE",), None, None),
             ("killed", 18, ("NE",), "Unidentified Armed Group (Niger)", None),
             ("detained", 7, ("NE",), "Unidentified Armed Group (Niger)", None),
             ("surrendered", 4, ("NE",), "Unidentified Armed Group (Niger)", None)],
        ),
    ],
)
def test_tallies_translated_parties_unnamed_group_is_the_country_s_armed_group(
    name: str, published: str, expected: list[TallyRow]
) -> None:
    # the party as written ("terrorist elements") is no actor: the unnamed armed group of
    # the country, as "terrorists" and "militants" are
    assert tally_rows(fixture_records("tallies", name, published)) == sorted(expected)
