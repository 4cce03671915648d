"""Press releases of kinds no other folder holds, under ``fixtures/press_sweep4``.

The reports were written for these tests: a command's year in review whose quarters sum
above its whole (one operation counted in two quarters), an armed group's claim in the first
person plural ("our fighters killed 7 soldiers"), a police command's week of arrests with the
weapons seized counted, a maritime interdiction (a vessel seized, its crew detained, no one
hurt), a ministry's week as a table of cells written "Killed: 4 | Wounded: 9", a police
statement revising its count downward with the reason ("two of those reported dead were
found alive"), and an army communique machine-translated from French ("were neutralized 5
armed bandits", "elements", "bandits armés").

``expected.json`` holds what a careful analyst records of each (``tests/analyst_readings.py``
reads it); what it marks ``pending`` is asserted to fail, so that a reading that comes right
is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.records import Event, Record, Tally
from tests.analyst_readings import AnalystReadings
from tests.found_records import events_in

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "press_sweep4")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.all_extracted()


def _tallies(found: list[Record]) -> list[Tally]:
    return [t for t in found if isinstance(t, Tally)]


def test_press_sweep4_holds_seven_releases_of_many_issuers_and_years() -> None:
    assert len(READINGS.names) == 7
    assert len({READINGS.gold[n]["published"][:4] for n in READINGS.names}) >= 5


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep4_fields_an_analyst_records(records: dict[str, list[Record]],
                                                name: str) -> None:
    wrong = READINGS.wrong(name, records[name])
    assert not wrong, wrong


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep4_pending_fields_still_fail(records: dict[str, list[Record]],
                                                name: str) -> None:
    come_right = READINGS.come_right(name, records[name])
    assert not come_right, come_right


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep4_no_more_events_than_the_analyst_records(
        records: dict[str, list[Record]], name: str) -> None:
    beyond = READINGS.events_beyond(name, records[name])
    assert not beyond, beyond


@pytest.mark.parametrize("name", READINGS.with_extra_events())
def test_press_sweep4_extra_events_still_read(records: dict[str, list[Record]],
                                              name: str) -> None:
    assert len(events_in(records[name])) > len(READINGS.gold[name]["events"])


@pytest.mark.parametrize("name", READINGS.with_no_tally_of())
def test_press_sweep4_things_sums_and_figures_revised_away_are_no_tallies(
        records: dict[str, list[Record]], name: str) -> None:
    assert not READINGS.tallied_no_counts(name, records[name])


def _periods(key: str) -> list[tuple[str, str, int, str, str]]:
    return [(name, *told) for name in READINGS.names
            for told in READINGS.gold[name].get(key, ())]


def _period_of(found: list[Record], metric: str, value: int) -> list[tuple[str, str]]:
    return [(str(t.period_start), str(t.period_end)) for t in _tallies(found)
            if (t.metric, t.value) == (metric, value)]


@pytest.mark.parametrize(("name", "metric", "value", "first", "last"), _periods("periods"))
def test_press_sweep4_counts_keep_their_period(records: dict[str, list[Record]], name: str,
                                               metric: str, value: int, first: str,
                                               last: str) -> None:
    assert _period_of(records[name], metric, value) == [(first, last)]


@pytest.mark.parametrize(("name", "metric", "value", "first", "last"),
                         _periods("periods_pending"))
@pytest.mark.xfail(strict=True, reason=(
    "a quarter told with no year ('in the first quarter', '28 in the second') is read as "
    "of the year the review counts over"))
def test_press_sweep4_quarters_told_by_their_ordinal(records: dict[str, list[Record]],
                                                     name: str, metric: str, value: int,
                                                     first: str, last: str) -> None:
    assert _period_of(records[name], metric, value) == [(first, last)]


@pytest.mark.parametrize("name", [n for n in READINGS.names
                                  if "detained_total" in READINGS.gold[n]])
def test_press_sweep4_crew_detained_and_no_one_killed(records: dict[str, list[Record]],
                                                      name: str) -> None:
    (event,) = [e for e in records[name] if isinstance(e, Event)]
    assert sum(c.count or 0 for c in event.casualties if c.kind == "detained") == \
        READINGS.gold[name]["detained_total"]
    assert not [c for c in event.casualties if c.kind == "killed" and c.count]
