"""Military and security releases of other issuing bodies, under ``fixtures/releases``,
written for these tests in forms the other folders lack: a counter-terrorism service's
dawn raid whose killed leader is told by role and named in apposition, a multinational
force's month broken down by numbered sectors with the country in brackets, a security
council's week of dated bullets under its masthead, a machine translation from French, an
agency's retelling of a ministry's week with its numbers in words, and a spokesman's
month whose raids "included" figures by town.

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

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "releases")
GOLD: dict[str, Any] = READINGS.gold
NAMES = READINGS.names


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return {name: READINGS.extracted(name) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_release_fields_an_analyst_records(records: dict[str, list[Record]],
                                           name: str) -> None:
    wrong = [what for what, right, pending in READINGS.checks(name, records[name])
             if not right and not pending]
    assert not wrong, wrong


@pytest.mark.parametrize("name", NAMES)
def test_release_pending_fields_still_fail(records: dict[str, list[Record]],
                                           name: str) -> None:
    # a pending reading that comes right is noticed: its mark is then taken off
    come_right = [what for what, right, pending in READINGS.checks(name, records[name])
                  if right and pending and not what.endswith(" told")
                  and not what.endswith("date and country")]
    assert not come_right, come_right


def test_release_no_more_events_than_the_analyst_records(
        records: dict[str, list[Record]]) -> None:
    for name in NAMES:
        events = [r for r in records[name] if isinstance(r, Event)]
        settled = [g for g in GOLD[name]["events"] if not g.get("incident_pending")]
        assert len(events) <= len(GOLD[name]["events"]), (name, [e.notes for e in events])
        assert len(events) >= len(settled), name
