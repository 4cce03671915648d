"""A raid's arrests told before the arms seized in it: the arrest's sentence anchors the
event, so the force that made it and the partner in support keep their roles."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "actor1", "assoc"), [
    ("Iraqi Security Forces, with coalition forces in support, conducted a raid in Diyala "
     "province on Thursday and arrested three ISIS members. During the operation, the "
     "forces seized four rifles and ammunition.", "Iraqi Security Forces", "Coalition"),
])
def test_events_arrest_anchors_a_raid_with_a_seizure(pipeline: RulePipeline, text: str,
                                                     actor1: str, assoc: str) -> None:
    event = only_event(pipeline, text, published="2024-02-10")
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "arrests")
    assert event.actor1 == actor1
    assert assoc in event.assoc_actor_1


def test_events_seizure_alone_stays_a_seizure(pipeline: RulePipeline) -> None:
    text = ("Iraqi Security Forces conducted a search operation in Diyala province on "
            "Thursday and seized four rifles and ammunition.")
    event = only_event(pipeline, text, published="2024-02-10")
    assert event.sub_event_type != "arrests"
