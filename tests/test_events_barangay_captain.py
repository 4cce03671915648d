"""A barangay or village captain is the elected head of a village, a civilian: gunmen who
shoot one attack a civilian. An army captain is an officer of the forces."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 2 April 2021, gunmen on a motorcycle shot dead a barangay captain in Pikit.",
        "On 2 April 2021, two gunmen killed a village captain outside his house in Pikit.",
    ],
)
def test_events_barangay_captain_is_a_civilian(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert event.event_type == "violence_against_civilians"
    assert (event.actor2 or "").startswith("Civilians")


def test_events_army_captain_is_armed(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 2 April 2021, gunmen shot dead an army captain in Pikit.")
    assert event.event_type == "battles"
