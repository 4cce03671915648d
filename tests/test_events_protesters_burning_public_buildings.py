"""Protesters who set fire to a terminal, a town hall, a courthouse, a station or a train
turned the protest violent (a riot, as ACLED codes it), as burning an office or a building
does; armed men burning a train with no protest are still property destruction."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2023, demonstrators occupied the airport of Juliaca and set fire to the "
        "terminal.",
        "On 9 March 2023, protesters set fire to the town hall of Ilave over the arrests.",
        "On 9 March 2023, students demonstrating against the exam results set fire to a bus "
        "station in Patna.",
    ],
)
def test_events_protesters_burning_public_buildings(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("riots", "violent_demonstration")


def test_events_armed_men_burning_a_train_no_riot(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 9 March 2023, armed men set fire to a train near Sibi.")
    assert event.event_type != "riots"
