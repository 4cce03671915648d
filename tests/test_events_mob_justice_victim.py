"""The one a mob punishes ("a mob lynched a suspected thief") is a civilian, ACLED's actor2
of the mob's violence, when the report names no other side."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May 2021, a mob lynched a suspected thief at the market in Tamale.",
        "On 14 May 2021, residents of Tamale lynched a man accused of stealing a goat.",
    ],
)
def test_events_mob_justice_victim(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert event.sub_event_type == "mob_violence"
    assert (event.actor2 or "").startswith("Civilians")
