"""A force named as the holder of the post that was struck ("targeted a checkpoint of the
Federal Police", "a patrol of the army") was acted upon, never the one who
struck."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("A terrorist attack targeted a checkpoint of the Federal Police in Daquq district on "
         "Monday, which resulted in the martyrdom of two policemen.", "Police Forces of Iraq"),
        ("A terrorist attack targeted a patrol of the army in Hit district on Sunday, which "
         "resulted in the martyrdom of a soldier.", "Iraqi Security Forces"),
    ],
)
def test_events_force_whose_post_was_struck(pipeline: RulePipeline, text: str,
                                            actor2: str) -> None:
    event = only_event(pipeline, text)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", actor2), (
        event.notes)
