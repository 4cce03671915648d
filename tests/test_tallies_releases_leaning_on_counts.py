"""Releases and retellings whose figures lean on a count told before them.

Each report under ``fixtures/tallies`` was written for these tests: a command's month whose
dead are told "with 13 and 8 respectively" of two provinces, whose operations are "six
U.S.-only strikes and the rest partnered", whose next month goes on with "have conducted 15
so far" and whose own losses end "and none were killed"; a wire story of a week of raids
whose militants killed are corrected two sentences later ("the figure for the militants
killed was wrong. The correct figure is 11"), after a nil of the police; a quarter's strikes
"the remainder were unilateral", their dead by region "(41 and 23, respectively)"; and a
translated month whose kinds are told of the bare whole ("60 of the 112 were partnered")
before the next week's "carried out 31".
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import TallyRow, fixture_records, tally_rows

US = "US forces"

CASES: dict[str, tuple[str, list[TallyRow], dict[int, str]]] = {
    "centcom-march-respectively-april-bare": (
        "2024-04-12",
        [("killed", 0, ("IQ", "SY"), US, None),
         ("killed", 8, ("SY",), "Islamic State", 21),
         ("killed", 13, ("IQ",), "Islamic State", 21),
         ("killed", 21, ("IQ", "SY"), "Islamic State", None),
         ("operations", 6, ("IQ", "SY"), None, 47),
         ("operations", 15, ("IQ", "SY"), None, None),
         ("operations", 41, ("IQ", "SY"), None, 47),
         ("operations", 47, ("IQ", "SY"), None, None),
         ("wounded", 2, ("IQ", "SY"), US, None)],
        {47: "consistent", 21: "consistent"},
    ),
    "wire-kenya-week-correction-nil": (
        "2024-06-10",
        [("detained", 13, ("KE",), "suspects", 36),
         ("detained", 23, ("KE",), "suspects", 36),
         ("detained", 36, ("KE",), "Al Shabaab", None),
         ("killed", 0, ("KE",), "Police Forces of Kenya", None),
         ("killed", 11, ("KE",), "Al Shabaab", None),
         ("wounded", 4, ("KE",), "Police Forces of Kenya", None)],
        {36: "consistent"},
    ),
    "africom-quarter-rest-unilateral": (
        "2024-04-09",
        [("killed", 23, ("SO",), "Al Shabaab", 64),
         ("killed", 41, ("SO",), "Al Shabaab", 64),
         ("killed", 64, ("SO",), "Al Shabaab", None),
         ("strikes", 9, ("SO",), None, 28),
         ("strikes", 19, ("SO",), None, 28),
         ("strikes", 28, ("SO",), None, None)],
        {28: "consistent", 64: "consistent"},
    ),
    "smc-month-carried-out-more": (
        "2024-06-09",
        [("detained", 42, ("IQ",), "suspects", None),
         ("killed", 17, ("IQ",), "Islamic State", None),
         ("operations", 31, ("IQ",), None, None),
         ("operations", 60, ("IQ",), None, 112),
         ("operations", 112, ("IQ",), None, None)],
        {112: "partial"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, _, _) in CASES.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_tallies_releases_leaning_on_counts_read_every_count(
    extracted: dict[str, list[Record]], name: str
) -> None:
    _, rows, verdicts = CASES[name]
    records = extracted[name]
    assert tally_rows(records) == sorted(rows)
    assert {int(c.total): c.verdict for c in records if isinstance(c, Consistency)} == verdicts
    assert [r for r in records if isinstance(r, Event)] == []


@pytest.mark.parametrize(
    ("name", "kinds"),
    [("centcom-march-respectively-april-bare", {6: "US-only", 41: "partnered"}),
     ("africom-quarter-rest-unilateral", {9: "collective self-defense", 19: "unilateral"}),
     ("smc-month-carried-out-more", {60: "partnered"})],
)
def test_tallies_releases_leaning_on_counts_kinds(
    extracted: dict[str, list[Record]], name: str, kinds: dict[int, str]
) -> None:
    tallies = [t for t in extracted[name] if isinstance(t, Tally)]
    assert {int(t.value): t.qualifier for t in tallies if t.qualifier} == kinds


@pytest.mark.parametrize(
    ("name", "value", "period"),
    [# "In April, partner forces have conducted 15 so far", told on 12 April
     ("centcom-march-respectively-april-bare", 15, ("2024-04-01", "2024-04-12")),
     ("centcom-march-respectively-april-bare", 47, ("2024-03-01", "2024-03-31")),
     ("smc-month-carried-out-more", 31, ("2024-06-01", "2024-06-07")),
     ("smc-month-carried-out-more", 112, ("2024-05-01", "2024-05-31"))],
)
def test_tallies_releases_leaning_on_counts_next_period_goes_on(
    extracted: dict[str, list[Record]], name: str, value: int, period: tuple[str, str]
) -> None:
    [count] = [t for t in extracted[name]
               if isinstance(t, Tally) and t.metric == "operations" and t.value == value]
    assert (count.period_start, count.period_end) == period


@pytest.mark.parametrize(
    ("name", "labels"),
    [("centcom-march-respectively-april-bare", ["Anbar 13", "Hasakah 8"]),
     ("africom-quarter-rest-unilateral", ["Lower Shabelle 41", "Middle Juba 23"])],
)
def test_tallies_releases_leaning_on_counts_respective_places(
    extracted: dict[str, list[Record]], name: str, labels: list[str]
) -> None:
    assert any(all(label in c.explanation for label in labels)
               for c in extracted[name] if isinstance(c, Consistency))
