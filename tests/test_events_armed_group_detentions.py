"""People an armed group that is no state's forces "arrests" or "detains" are abducted
(ACLED's abduction/forced disappearance); a state's forces, and a group named as the
forces of authorities that govern in fact, make arrests."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2021, Al Shabaab militants arrested four elders accused of spying in "
        "Bu'aale.",
        "On 9 March 2021, SDF fighters detained six men in a raid on a village near Manbij.",
        "On 9 March 2024, RSF soldiers detained two doctors at a checkpoint in Omdurman.",
    ],
)
def test_events_armed_group_detentions_are_abductions(pipeline: RulePipeline,
                                                      text: str) -> None:
    event = main_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "violence_against_civilians", "abduction_forced_disappearance")


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2021, police arrested four suspected Al Shabaab members in Garissa.",
        "On 9 March 2022, RSF soldiers detained two doctors at a checkpoint in Omdurman.",
    ],
)
def test_events_state_detentions_stay_arrests(pipeline: RulePipeline, text: str) -> None:
    assert main_event(pipeline, text).sub_event_type == "arrests"
