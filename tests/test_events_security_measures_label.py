"""ACLED notes open security measures (curfews, lockdowns, checkpoints set up, a town sealed
off) with the label "Security measures:": a change to a group's activity, whatever deed
the note cites as their cause."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "Security measures: On 2 March 2022, rebels set up checkpoints in Saraqib, Idlib, after "
    "several protests in the town denounced them.",
    "Security measures: On 2 March 2022, Turkish forces sealed off the entrances of Afrin "
    "after a deadly explosion the day before.",
    "Security Measures: On 2 March 2022, the governor imposed a curfew on Kirkuk city.",
])
def test_events_security_measures_are_a_change_of_activity(pipeline: RulePipeline,
                                                            text: str) -> None:
    event = only_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "strategic_developments", "change_to_group_activity")
