"""Translated agency copy sets the day off by commas between the verb and whom it was done
to ("arrested, on Thursday, two suspects"): the people after it are still counted."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("The security forces arrested, on Thursday, two suspects in the Baiji district, who "
         "were wanted on terrorism charges.", "detained", 2),
        ("Army troops killed, on Monday, five militants in an ambush near Djibo.", "killed", 5),
        ("Unknown gunmen abducted, late on Saturday, three farmers in the outskirts of Hit "
         "district.", "abducted", 3),
    ],
)
def test_casualties_time_phrase_before_object(pipeline: RulePipeline, text: str, kind: str,
                                              count: int) -> None:
    event = only_event(pipeline, text)
    assert [c.count for c in event.casualties if c.kind == kind] == [count], event.casualties
