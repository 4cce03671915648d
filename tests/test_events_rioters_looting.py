"""Looting and burning told of rioters ("rioters looted shopping malls and set trucks on
fire") is their riot, as a mob's is, not property destruction by an organised actor; armed
men's looting stays property destruction."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 14 July 2021, rioters looted a shopping centre and set two lorries on fire in "
        "Ladysmith.",
        "On 14 July 2021, rioters looted and burned warehouses and shops in Ladysmith.",
    ],
)
def test_events_rioters_looting_is_a_riot(pipeline: RulePipeline, text: str) -> None:
    assert main_event(pipeline, text).event_type == "riots"


def test_events_armed_men_looting_is_no_riot(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 14 July 2021, armed men looted shops and set two lorries "
                                 "on fire in Ladysmith.")
    assert event.event_type == "strategic_developments"
