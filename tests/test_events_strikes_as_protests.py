"""A general, national or nationwide strike, and a strike people joined or observed, is a
protest (ACLED codes strikes among peaceful protests); an air or drone strike is not."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2023, dock workers in Valparaiso joined a general strike over pensions.",
        "On 2 June 2023, thousands of people in Rosario joined the national strike.",
        "On 2 June 2023, shops in Quetta stayed shut during a nationwide strike called by traders.",
        "On 2 June 2023, bus drivers in Kumasi observed the strike called by their union.",
    ],
)
def test_events_strikes_as_protests(pipeline: RulePipeline, text: str) -> None:
    assert main_event(pipeline, text).event_type == "protests"


def test_events_strikes_as_protests_not_air_strikes(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 2 June 2023, a drone strike killed two fighters near Jilib.")
    assert event.event_type == "explosions_remote_violence"
