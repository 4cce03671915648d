"""Press releases of kinds no other folder holds, under ``fixtures/press_sweep3``.

The reports were written for these tests: a quarter in review whose months sum short of its
whole, a release revising the toll of an operation an earlier release told (quoted in
full), a counter-terrorism message machine-translated from Russian ("were liquidated
bandits 3", 12.03.2019), a ministry's daily update in bullets each opening with its
province, an outlet's retelling of a force's statement beside its own sources' higher toll,
a strike release naming the aircraft and the bombs they dropped, and a ministry's year told
in percentage changes with one count.

``expected.json`` holds what a careful analyst records of each (``tests/analyst_readings.py``
reads it); what it marks ``pending`` is asserted to fail, so that a reading that comes right
is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.records import Record
from tests.analyst_readings import AnalystReadings
from tests.found_records import events_in

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "press_sweep3")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.all_extracted()


def test_press_sweep3_holds_seven_releases_of_many_issuers_and_years() -> None:
    assert len(READINGS.names) == 7
    assert len({READINGS.gold[n]["published"][:4] for n in READINGS.names}) >= 5


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep3_fields_an_analyst_records(records: dict[str, list[Record]],
                                                name: str) -> None:
    wrong = READINGS.wrong(name, records[name])
    assert not wrong, wrong


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep3_pending_fields_still_fail(records: dict[str, list[Record]],
                                                name: str) -> None:
    come_right = READINGS.come_right(name, records[name])
    assert not come_right, come_right


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep3_no_more_events_than_the_analyst_records(
        records: dict[str, list[Record]], name: str) -> None:
    beyond = READINGS.events_beyond(name, records[name])
    assert not beyond, beyond


@pytest.mark.parametrize("name", READINGS.with_extra_events())
def test_press_sweep3_extra_events_still_read(records: dict[str, list[Record]],
                                              name: str) -> None:
    gold = READINGS.gold[name]
    assert len(events_in(records[name])) > len(gold["events"])


@pytest.mark.parametrize("name", READINGS.with_no_tally_of())
def test_press_sweep3_shares_figures_revised_away_and_things_are_no_tallies(
        records: dict[str, list[Record]], name: str) -> None:
    assert not READINGS.tallied_no_counts(name, records[name])


def test_press_sweep3_strike_equipment_is_the_aircraft_and_the_bombs(
        records: dict[str, list[Record]]) -> None:
    (strike,) = events_in(records["africom-strike-aircraft-and-munitions"])
    assert strike.equipment == ["F-15", "guided bomb"]
