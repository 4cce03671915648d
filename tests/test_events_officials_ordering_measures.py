"""A state's government, a governor or a governorship that orders a measure ("Kenyan
Government began enforcing a curfew ..., forcing residents to stay home", "the governor of
X closed the markets") is ACLED's "Government of COUNTRY", also where the event is read as
a change to the people's activity."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "On 9 May 2021, Zambian Government began enforcing a 3-day curfew in 5 provinces until "
    "the end of the week to slow the virus, forcing residents to stay home.",
    "On 9 May 2021, the governor of Copperbelt province, Zambia, closed the markets and "
    "imposed a curfew.",
])
def test_events_officials_ordering_a_measure(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert event.event_type == "strategic_developments", event.event_type
    assert event.actor1 is not None and event.actor1.startswith("Government of Zambia"), \
        (event.sub_event_type, event.actor1)
