"""Military and security releases of other issuing bodies, under ``fixtures/releases``,
written for these tests in forms the other folders lack: a counter-terrorism service's
dawn raid whose killed leader is told by role and named in apposition, a multinational
force's month broken down by numbered sectors with the country in brackets, a security
council's week of dated bullets under its masthead, a machine translation from French, an
agency's retelling of a ministry's week with its numbers in words, and a spokesman's
month whose raids "included" figures by town. Beside them: a defence headquarters'
fortnight by theatre, an inter-services release of an intelligence-based operation, an
army's "encounter" in a district, an infantry division's clash with the NPA, a defence
ministry's week of PKK "neutralised" by region, a peacekeeping mission's statement, an army
brigade's clash with the ELN, an information ministry's statement of an operation against
the "Khawarij", a ministry's monthly figures as a list, and a week's results translated
from French.

Military releases and their retellings, under ``fixtures/bulletins``, written for these
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
is noticed. ``AnalystReadings.wrong_fields`` counts every field an extraction gets wrong, pending or
not (``tests/analyst_readings.py`` reads the folder and the reading).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.records import Event, Record
from tests.analyst_readings import AnalystReadings

FIXTURES = Path(__file__).parent / "fixtures"
READINGS = {folder: AnalystReadings(FIXTURES / folder) for folder in ("releases", "bulletins")}
CASES = [pytest.param(folder, name, id=f"{folder}-{name}")
         for folder, readings in READINGS.items() for name in readings.names]


@pytest.fixture(scope="module")
def records() -> dict[tuple[str, str], list[Record]]:
    return {(folder, name): readings.extracted(name)
            for folder, readings in READINGS.items() for name in readings.names}


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_release_fields_an_analyst_records(records: dict[tuple[str, str], list[Record]],
                                           folder: str, name: str) -> None:
    wrong = READINGS[folder].wrong(name, records[folder, name])
    assert not wrong, wrong


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_release_pending_fields_still_fail(records: dict[tuple[str, str], list[Record]],
                                           folder: str, name: str) -> None:
    # a pending reading that comes right is noticed: its mark is then taken off
    come_right = READINGS[folder].come_right(name, records[folder, name],
                                             unless_ending=(" told", "date and country"))
    assert not come_right, come_right


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_release_no_more_events_than_the_analyst_records(
        records: dict[tuple[str, str], list[Record]], folder: str, name: str) -> None:
    gold = READINGS[folder].gold[name]
    events = [r for r in records[folder, name] if isinstance(r, Event)]
    settled = [g for g in gold["events"] if not g.get("incident_pending")]
    # (an event the pipeline tells beyond the analyst's, with why in "extra_why")
    extra = gold.get("extra_events_pending", 0)
    assert len(events) <= len(gold["events"]) + extra, (name, [e.notes for e in events])
    assert len(events) >= len(settled), name
