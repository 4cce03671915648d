"""Releases and retellings of a command's counts, under ``fixtures/tallies``.

Each report was written for these tests: a task force's weekly strike summary with a line
for each strike by day under country headings, then "The strikes killed an estimated 11
ISIS fighters" (all the week's strikes, not the last line's) and "No Coalition personnel
were injured"; a retelling under a scraped header of two months' operations in two
countries, each country's count broken down by month in brackets ("64 operations (27 in
February and 37 in March)") and the dead told "31 ISIS militants, 19 in Iraq and 12 in
Syria", all of the two months; and an operations command's week of killed, detained and
arms caches (tunnels and hideouts destroyed no count of their own, as in the other
releases) whose dead are told "Of those killed, 6 were in the Hamrin mountains of Diyala and
5 in the Anbar desert, while 3 were killed in an airstrike in
Kirkuk" (parts of the week's dead, the airstrike no incident of its own).
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import fixture_records

# (metric, value, area, parent's value or None, period)
Row = tuple[str, int, tuple[str, ...], int | None, tuple[str, str]]

WEEK_AUG = ("2024-08-12", "2024-08-18")
FEB_MAR = ("2024-02-01", "2024-03-31")
FEB = ("2024-02-01", "2024-02-29")
MAR = ("2024-03-01", "2024-03-31")
WEEK_JUN = ("2024-06-01", "2024-06-07")
IQ_SY = ("IQ", "SY")

CASES: dict[str, tuple[str, str, list[Row], dict[int, str]]] = {
    "cjtf-week-strikes-by-date-bullets": (
        "2024-08-19",
        "Combined Joint Task Force - Operation Inherent Resolve",
        [("strikes", 9, IQ_SY, None, WEEK_AUG), ("engagements", 14, IQ_SY, None, WEEK_AUG),
         ("killed", 11, IQ_SY, None, WEEK_AUG), ("wounded", 0, IQ_SY, None, WEEK_AUG)],
        {},
    ),
    "k24-two-months-two-countries-header": (
        "2024-04-03",
        "US Central Command",
        [("operations", 112, IQ_SY, None, FEB_MAR),
         ("operations", 64, ("IQ",), 112, FEB_MAR),
         ("operations", 27, ("IQ",), 64, FEB), ("operations", 37, ("IQ",), 64, MAR),
         ("operations", 48, ("SY",), 112, FEB_MAR),
         ("operations", 22, ("SY",), 48, FEB), ("operations", 26, ("SY",), 48, MAR),
         ("killed", 31, IQ_SY, None, FEB_MAR), ("killed", 19, ("IQ",), 31, FEB_MAR),
         ("killed", 12, ("SY",), 31, FEB_MAR), ("detained", 58, IQ_SY, None, FEB_MAR)],
        {112: "consistent", 64: "consistent", 48: "consistent", 31: "consistent"},
    ),
    "joc-week-caches-tunnels-detained": (
        "2024-06-08",
        "Joint Operations Command",
        [("killed", 14, ("IQ",), None, WEEK_JUN), ("detained", 37, ("IQ",), None, WEEK_JUN),
         ("caches", 23, ("IQ",), None, WEEK_JUN),
         ("killed", 6, ("IQ",), 14, WEEK_JUN),
         ("killed", 5, ("IQ",), 14, WEEK_JUN), ("killed", 3, ("IQ",), 14, WEEK_JUN),
         ("wounded", 2, ("IQ",), None, WEEK_JUN)],
        {14: "consistent"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, *_rest) in CASES.items()}


def _rows(records: list[Record]) -> list[Row]:
    tallies = [r for r in records if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    return [(t.metric, int(t.value or 0), tuple(sorted(t.area)),
             int(by_id[t.parent].value or 0) if t.parent is not None else None,
             (t.period_start or "", t.period_end or ""))
            for t in tallies]


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_rollups_values_areas_parents_periods(
    extracted: dict[str, list[Record]], name: str
) -> None:
    assert sorted(_rows(extracted[name]), key=repr) == sorted(CASES[name][2], key=repr)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_rollups_reporter_and_findings(
    extracted: dict[str, list[Record]], name: str
) -> None:
    records = extracted[name]
    assert {t.reporter for t in records if isinstance(t, Tally)} == {CASES[name][1]}
    findings = {c.total: c.verdict for c in records if isinstance(c, Consistency)}
    assert findings == CASES[name][3]


def test_tallies_rollups_the_week_s_dead_are_no_strike_s_toll(
    extracted: dict[str, list[Record]],
) -> None:
    # "The strikes killed an estimated 11 ISIS fighters": the week's, not the last line's
    events = [r for r in extracted["cjtf-week-strikes-by-date-bullets"] if isinstance(r, Event)]
    assert all(not e.fatalities for e in events)
    killed = [t for t in extracted["cjtf-week-strikes-by-date-bullets"]
              if isinstance(t, Tally) and t.metric == "killed"]
    assert [t.party for t in killed] == ["Islamic State"]


def test_tallies_rollups_a_part_of_the_week_s_dead_is_no_incident(
    extracted: dict[str, list[Record]],
) -> None:
    # "while 3 were killed in an airstrike in Kirkuk": some of the week's 14, no event
    assert not [r for r in extracted["joc-week-caches-tunnels-detained"]
                if isinstance(r, Event)]


def test_tallies_rollups_parties_of_the_retold_months(
    extracted: dict[str, list[Record]],
) -> None:
    parties = {t.party for t in extracted["k24-two-months-two-countries-header"]
               if isinstance(t, Tally) and t.metric in {"killed", "detained"}}
    assert parties == {"Islamic State"}
