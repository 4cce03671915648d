"""Military releases and their retellings, under ``fixtures/bulletins``, written for these
tests in forms the other folders lack: a coalition's daily strike release with its strikes
and engagements by country and its lines "Near X, ..." under the day it tells, an Africa
command's airstrike whose toll is told in words and again in digits in brackets, a general
staff's week of fighters "neutralised" by region with the counts in brackets, a wire story
retelling an army's month in words beside the month before, a security directorate's release
in clumsy translation under a day-first slashed date line, and a year in review quarter by
quarter.

``expected.json`` holds what a careful analyst records of each: events, tallies with the
tally each breaks down, the consistency finding of each total with parts, and statements.
What it marks ``pending`` (a field, with why) or ``incident_pending`` (a whole event) is
documented there and not asserted, or asserted to fail, so that a reading that comes right
is noticed. ``READINGS.wrong_fields`` counts every field an extraction gets wrong, pending or
not (``tests/analyst_readings.py`` reads the folder and the reading).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.records import Event, Record
from tests.analyst_readings import AnalystReadings

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "bulletins")
GOLD: dict[str, Any] = READINGS.gold
NAMES = READINGS.names


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return {name: READINGS.extracted(name) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_bulletin_fields_an_analyst_records(records: dict[str, list[Record]],
                                           name: str) -> None:
    wrong = [what for what, right, pending in READINGS.checks(name, records[name])
             if not right and not pending]
    assert not wrong, wrong


@pytest.mark.parametrize("name", NAMES)
def test_bulletin_pending_fields_still_fail(records: dict[str, list[Record]],
                                           name: str) -> None:
    # a pending reading that comes right is noticed: its mark is then taken off
    come_right = [what for what, right, pending in READINGS.checks(name, records[name])
                  if right and pending and not what.endswith(" told")
                  and not what.endswith("date and country")]
    assert not come_right, come_right


def test_bulletin_no_more_events_than_the_analyst_records(
        records: dict[str, list[Record]]) -> None:
    for name in NAMES:
        events = [r for r in records[name] if isinstance(r, Event)]
        settled = [g for g in GOLD[name]["events"] if not g.get("incident_pending")]
        # (an event the pipeline tells beyond the analyst's, with why in "extra_why")
        extra = GOLD[name].get("extra_events_pending", 0)
        assert len(events) <= len(GOLD[name]["events"]) + extra, (
            name, [e.notes for e in events])
        assert len(events) >= len(settled), name
