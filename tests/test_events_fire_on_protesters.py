"""Forces that fire on a protest met it: the protesters stay actor1 (ACLED codes every
protest by its protesters), the force that fired is actor2, never on the protesters' side;
live fire is excessive force against them."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "crowd", "force"), [
    ("On 12 July 2021, Kenyan police fired on protesters in Nakuru, injuring four people.",
     "Protesters (Kenya)", "Police Forces of Kenya"),
    ("On 12 July 2021, soldiers opened fire on demonstrators in Sagaing, Myanmar, wounding "
     "three people.", "Protesters (Myanmar)", "Tatmadaw"),
    ("On 12 July 2021, traders protested in Kumasi, Ghana, over market fees. Police fired "
     "rubber bullets into the crowd.", "Protesters (Ghana)", "Police Forces of Ghana"),
])
def test_events_force_that_fired_met_the_protest(pipeline: RulePipeline, text: str,
                                                crowd: str, force: str) -> None:
    event = only_event(pipeline, text)
    assert event.event_type == "protests", event.event_type
    assert event.sub_event_type in {"protest_with_intervention",
                                    "excessive_force_against_protesters"}, event.sub_event_type
    assert event.actor1 == crowd, event.actor1
    assert event.actor2 is not None and event.actor2.startswith(force), event.actor2
    assert not any(a.startswith(force) for a in event.assoc_actor_1), event.assoc_actor_1


def test_events_live_fire_on_protesters_is_excessive_force(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 12 July 2021, Ugandan police fired live bullets at "
                                 "demonstrators in Masaka, injuring six.")
    assert event.sub_event_type == "excessive_force_against_protesters", event.sub_event_type
