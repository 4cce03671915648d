"""A riot told as an earlier gathering, the cause of a protest ("after a riot at the jail
last month", "since the prison riot at the end of March"), is not the event: the protest
stays a protest by protesters; a riot told as the event's own stays a riot."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "crowd"), [
    ("On 6 June 2021, mothers of detainees held a protest in Tabriz, asking to see their "
     "sons after a riot at the jail last month.", "Protesters (Iran)"),
    ("On 6 June 2021, relatives of inmates staged a picket in Irkutsk; since the prison riot "
     "at the end of April they have heard nothing.", "Protesters (Russia)"),
])
def test_events_earlier_riot_is_the_cause(pipeline: RulePipeline, text: str,
                                          crowd: str) -> None:
    event = only_event(pipeline, text)
    assert (event.event_type, event.actor1) == ("protests", crowd), (event.event_type,
                                                                     event.actor1)


def test_events_riot_of_the_day_stays_a_riot(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 6 June 2021, inmates rioted in a jail in Irkutsk, "
                                 "setting mattresses on fire after a riot broke out in the "
                                 "kitchen.")
    assert event.event_type == "riots", event.event_type
