"""Bodies found, told with what was seen on them ("five bodies with gunshot wounds were found
on a dirt road"), are the dead of a killing, as "five bodies were found" are."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 4 July 2022, in Zinacantepec, Mexico, four bodies with gunshot wounds were found "
        "beside a highway.",
        "On 4 July 2022, in Zinacantepec, Mexico, the bodies of two men with signs of torture "
        "were found in a ravine.",
    ],
)
def test_events_bodies_told_at_length(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert event.event_type == "violence_against_civilians"
