"""ACLED's one-paragraph notes of regions and years the development data lacks, under
``fixtures/acled_sweep``: each sub-event type at least twice, from Latin America, the Sahel,
East Africa, South and Southeast Asia, the Middle East, the Caucasus and Eastern Europe.

The notes were written for these tests. ``expected.json`` holds what an ACLED coder records of
each (``tests/analyst_readings.py`` reads it): the sub-event type, the place, the two sides and
the dead by ACLED's conventions. What it marks ``pending`` is asserted to fail, so that a
reading that comes right is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.export.common import acled_vocabulary
from eventcoder.records import Event, Record, Tally
from tests.analyst_readings import AnalystReadings

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "acled_sweep")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return {name: READINGS.extracted(name) for name in READINGS.names}


@pytest.mark.parametrize("name", READINGS.names)
def test_events_acled_sweep_fields_an_analyst_records(records: dict[str, list[Record]],
                                                      name: str) -> None:
    wrong = READINGS.wrong(name, records[name])
    assert not wrong, wrong


@pytest.mark.parametrize("name", READINGS.names)
def test_events_acled_sweep_pending_fields_still_fail(records: dict[str, list[Record]],
                                                      name: str) -> None:
    come_right = READINGS.come_right(name, records[name])
    assert not come_right, come_right


@pytest.mark.parametrize("name", READINGS.names)
def test_events_acled_sweep_one_note_one_event_no_tally(records: dict[str, list[Record]],
                                                        name: str) -> None:
    found = records[name]
    assert len([r for r in found if isinstance(r, Event) and not r.background]) <= 1
    assert not [r for r in found if isinstance(r, Tally)]


def test_events_acled_sweep_covers_every_sub_event_type() -> None:
    told = [event["sub_event_type"] for report in READINGS.gold.values()
            for event in report["events"]]
    twice = {kind for kind in told if told.count(kind) >= 2}
    # chemical weapons are too rare a kind to invent notes of
    assert twice == set(acled_vocabulary()["sub_event_types"]) - {"chemical_weapon"}
