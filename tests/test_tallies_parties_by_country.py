"""The unnamed armed group of a count split by country.

Each report under ``fixtures/tallies`` was written for these tests: a ministry's week of
"34 terrorists were rendered ineffective ..., of which 25 in northern Iraq and 9 in northern
Syria", the group never named.
"""

from __future__ import annotations

import pytest

from eventcoder import extract
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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("ANKARA - The defence ministry said on Thursday that 38 terrorists were neutralised "
         "over the past week, 27 of them in northern Iraq and 11 in northern Syria.",
         "2025-09-11",
         [("killed", 38, ("IQ", "SY"), "Unidentified Armed Group", None),
          ("killed", 27, ("IQ",), "Unidentified Armed Group (Iraq)", 38),
          ("killed", 11, ("SY",), "Unidentified Armed Group (Syria)", 38)]),
        ("The army said 46 insurgents were killed in March, 31 of them in Borno, 15 in Yobe, "
         "while 9 soldiers died in the fighting.",
         "2025-04-02",
         [("killed", 46, ("NG",), "Unidentified Armed Group (Nigeria)", None),
          ("killed", 31, ("NG",), "Unidentified Armed Group (Nigeria)", 46),
          ("killed", 15, ("NG",), "Unidentified Armed Group (Nigeria)", 46),
          ("killed", 9, ("NG",), "Military Forces of Nigeria", None)]),
    ],
)
def test_tallies_parties_by_country_parts_after_of_them_go_on(
    text: str, published: str, expected: list[TallyRow]
) -> None:
    # "N of them in A and M in B": M is the next part of the same whole, and the whole is
    # of both places, not of the first part's
    records = extract(text, published=published)
    assert tally_rows(records) == sorted(expected)
    [finding] = [c for c in records if isinstance(c, Consistency)]
    assert finding.verdict == "consistent"
