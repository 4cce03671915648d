"""An arrest report whose quote tells what the man taken had done.

"The Counter Terrorism Service arrested a terrorist ... 'a leader responsible for attacks on
civilians'": the deeds the detainee is held for are not the event, and the group he belongs to
made no arrest. Unnamed "counter-terrorism forces" are the state's counter-terrorism force
where actors.json names one (Iraq's Counter Terrorism Service), its military elsewhere.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1", "detained"),
    [
        ("The Counter Terrorism Service said on Sunday that its forces arrested a terrorist in "
         "Kirkuk. \"The detainee was a prominent ISIS leader responsible for attacks on "
         "civilians,\" the statement said.", "Counter Terrorism Service", 1),
        ("Counter-terrorism forces detained three men in Tarmiyah on Thursday. \"They were "
         "Daesh members wanted for the killing of shepherds,\" an officer told reporters.",
         "Counter Terrorism Service", 3),
    ],
)
def test_events_arrest_with_quoted_deeds_the_takers_act(
        pipeline: RulePipeline, text: str, actor1: str, detained: int) -> None:
    event = only_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "arrests")
    assert event.actor1 == actor1
    assert [(c.kind, c.count) for c in event.casualties] == [("detained", detained)]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Counter-terrorism forces arrested four suspects in Mosul on Saturday.",
         "Counter Terrorism Service"),
        ("Counter-terrorism forces killed five militants near Diffa on Saturday.",
         "Military Forces of Niger"),
    ],
)
def test_events_arrest_with_quoted_deeds_counter_terrorism_forces(
        pipeline: RulePipeline, text: str, actor1: str) -> None:
    assert only_event(pipeline, text).actor1 == actor1
