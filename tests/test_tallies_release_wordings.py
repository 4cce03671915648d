"""Tallies of periodic releases in wordings the other reports do not use.

Each report under ``fixtures/tallies`` was written for these tests: a month's release told
Syria first whose caches seized and partner wounded sit between two counts of the period
("During the operations, partner forces also seized 14 weapons caches. Two Syrian Democratic
Forces members were wounded. No U.S. personnel were killed or wounded."); a local outlet's
"last month" told in January, its Syria figures "leaving three dead and six in custody"; a
quarter whose parts add up to more than the total and whose own losses are "three of its
members were martyred"; a week's count "within the week" broken down by zone; and a month's
arrests with "Three weapons caches ... were also seized".
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import TallyRow, fixture_records, tally_rows

Expected = TallyRow


def _records(name: str, published: str | None) -> list[Record]:
    return fixture_records("tallies", name, published)


@pytest.mark.parametrize(
    ("name", "published", "period", "expected", "verdicts"),
    [
        (
            "centcom-march-syria-first-caches", "2024-04-09", ("2024-03-01", "2024-03-31"),
            [("operations", 61, ("IQ", "SY"), None, None),
             ("killed", 15, ("IQ", "SY"), "Islamic State", None),
             ("detained", 41, ("IQ", "SY"), "Islamic State", None),
             ("operations", 40, ("SY",), None, 61), ("operations", 3, ("SY",), None, 61),
             ("killed", 9, ("SY",), "Islamic State", 15),
             ("detained", 27, ("SY",), "Islamic State", 41),
             ("operations", 18, ("IQ",), None, 61),
             ("killed", 6, ("IQ",), "Islamic State", 15),
             ("detained", 12, ("IQ",), "Islamic State", 41),
             ("caches", 14, ("IQ", "SY"), None, None),
             ("wounded", 2, ("IQ", "SY"), "Syrian Democratic Forces", None),
             ("killed", 0, ("IQ", "SY"), "US forces", None),
             ("wounded", 0, ("IQ", "SY"), "US forces", None)],
            {"operations": "consistent", "killed": "consistent", "detained": "mismatch"},
        ),
        (
            "shafaq-last-month-in-custody", None, ("2023-12-01", "2023-12-31"),
            [("operations", 37, ("IQ", "SY"), None, None),
             ("killed", 11, ("IQ", "SY"), "Islamic State", None),
             ("detained", 19, ("IQ", "SY"), "Islamic State", None),
             ("operations", 25, ("IQ",), None, 37),
             ("killed", 8, ("IQ",), "Islamic State", 11),
             ("detained", 13, ("IQ",), "Islamic State", 19),
             ("operations", 12, ("SY",), None, 37),
             ("killed", 3, ("SY",), "Islamic State", 11),
             ("detained", 6, ("SY",), "Islamic State", 19),
             ("killed", 1, ("IQ",), "Iraqi Security Forces", None),
             ("wounded", 3, ("IQ",), "Iraqi Security Forces", None)],
            {"operations": "consistent", "killed": "consistent", "detained": "consistent"},
        ),
        (
            "ina-quarter-its-members", "2024-04-07", ("2024-01-01", "2024-03-31"),
            [("operations", 212, ("IQ",), None, None),
             ("operations", 120, ("IQ",), None, 212),
             ("operations", 61, ("IQ",), None, 212),
             ("operations", 39, ("IQ",), None, 212),
             ("killed", 45, ("IQ",), "Unidentified Armed Group (Iraq)", None),
             ("detained", 163, ("IQ",), "Unidentified Armed Group (Iraq)", None),
             # the teller's own: "three of its members were martyred"
             ("killed", 3, ("IQ",), "Counter Terrorism Service", None),
             ("wounded", 11, ("IQ",), "Counter Terrorism Service", None)],
            {"operations": "mismatch"},
        ),
        (
            "dhq-within-the-week", "2024-03-14", ("2024-03-07", "2024-03-14"),
            [("killed", 142, ("NG",), "Unidentified Armed Group (Nigeria)", None),
             ("detained", 208, ("NG",), "suspects", None),
             ("killed", 61, ("NG",), "Unidentified Armed Group (Nigeria)", 142),
             ("detained", 39, ("NG",), "suspects", 208),
             ("killed", 23, ("NG",), "Unidentified Armed Group (Nigeria)", 142),
             ("killed", 58, ("NG",), "Unidentified Armed Group (Nigeria)", 142),
             ("detained", 71, ("NG",), "suspects", 208)],
            {"killed": "consistent", "detained": "partial"},
        ),
        (
            "krsc-month-caches-also", "2023-12-02", ("2023-11-01", "2023-11-30"),
            [("detained", 17, ("IQ",), "Islamic State", None),
             ("detained", 9, ("IQ",), "Islamic State", 17),
             ("detained", 5, ("IQ",), "Islamic State", 17),
             ("detained", 3, ("IQ",), "Islamic State", 17),
             ("caches", 3, ("IQ",), None, None)],
            {"detained": "consistent"},
        ),
    ],
)
def test_tallies_release_wordings_read_every_count(
    name: str, published: str | None, period: tuple[str, str], expected: list[Expected],
    verdicts: dict[str, str],
) -> None:
    records = _records(name, published)
    assert tally_rows(records) == sorted(expected)
    assert {(t.period_start, t.period_end) for t in records if isinstance(t, Tally)} == {period}
    assert {c.metric: c.verdict for c in records if isinstance(c, Consistency)} == verdicts


@pytest.mark.parametrize(
    ("name", "published"),
    [("centcom-march-syria-first-caches", "2024-04-09"), ("dhq-within-the-week", "2024-03-14")],
)
def test_tallies_release_wordings_leave_no_incident_dated_to_the_release(
    name: str, published: str
) -> None:
    # the partner wounded and the zones' counts are of the period, no incident of the day
    assert [r for r in _records(name, published) if isinstance(r, Event)] == []


def test_tallies_release_wordings_slashed_period() -> None:
    # "during the period from 7/9 to 7/15", told "on Sunday 7/16": the week, not the day told
    records = _records("ina-media-cell-slashed-week", "2023-07-16")
    tallies = [r for r in records if isinstance(r, Tally)]
    assert sorted((t.metric, t.value) for t in tallies) == [
        ("detained", 23), ("killed", 9), ("strikes", 11)]
    assert {(t.period_start, t.period_end) for t in tallies} == {("2023-07-09", "2023-07-15")}
