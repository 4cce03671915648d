"""A background line that a town "was seized by" a group ("The city of Mosul was seized by
ISIS in June 2014") tells a past takeover of territory."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import document


@pytest.mark.parametrize(
    ("text", "actor1", "date_start"),
    [
        ("The town of Hit was seized by ISIS in October 2014.", "Islamic State",
         "2014-10-01"),
        ("The district of Sinjar was taken over by ISIS fighters in August 2014, residents "
         "recalled.", "Islamic State", "2014-08-01"),
    ],
)
def test_events_place_seized_by_group(pipeline: RulePipeline, text: str, actor1: str,
                                      date_start: str) -> None:
    events = [r for r in pipeline(document("t", text, published="2025-01-04"))
              if isinstance(r, Event)]
    assert [(e.sub_event_type, e.actor1, e.date_start, e.background) for e in events] == [
        ("non_state_actor_overtakes_territory", actor1, date_start, True)], [
        e.notes for e in events]
