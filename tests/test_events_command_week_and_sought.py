"""A command's week of results is tallies, not an incident at the dateline's town; people
"wanted" by the authorities are suspects, of the group they are said to belong to.

``fixtures/tallies/ina-operation-command-week-outcome`` was written for these tests: a
translated release of "the Iraqi Joint Operation Command" (so written) whose week's
"outcome of the operations" killed, arrested and seized, under "Baghdad/ INA -".
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Tally
from tests.conftest import fixture_records, only_event

WEEK = "ina-operation-command-week-outcome"


def test_events_command_week_is_no_incident() -> None:
    records = fixture_records("tallies", WEEK, "2024-05-15")
    assert not [r for r in records if isinstance(r, Event)]
    tallies = {(t.metric, t.value): t for t in records if isinstance(t, Tally)}
    assert set(tallies) >= {("killed", 11), ("detained", 27)}
    for t in tallies.values():
        assert t.reporter == "Joint Operations Command"
        assert (t.period_start, t.period_end) == ("2024-05-08", "2024-05-15")


@pytest.mark.parametrize(
    ("text", "party", "target"),
    [
        ("Iraq's Counter Terrorism Service said on Monday that its forces arrested 6 wanted "
         "persons in a raid in the Baiji district of Salahuddin.", "wanted persons", None),
        ("Counter Terrorism Service units arrested 3 wanted persons belonging to the terrorist "
         "ISIS gangs in the Tarmiyah district north of Baghdad on Sunday.", "Islamic State",
         "Islamic State"),
    ],
)
def test_events_command_week_wanted_people_are_sought(
    pipeline: RulePipeline, text: str, party: str, target: str | None
) -> None:
    event = only_event(pipeline, text)
    assert [(c.kind, c.party) for c in event.casualties] == [("detained", party)]
    assert event.actor2 == target
