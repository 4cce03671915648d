"""The dead of police or troops "during protests" or "amid demonstrations", told without an
article, died at the gathering: ACLED's excessive force against protesters, as "during a
protest" is; the dead of gunmen there are an attack."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 12 July 2021, police shot dead four people during protests in Mzuzu over power "
        "cuts.",
        "On 12 July 2021, soldiers killed three people amid anti-government demonstrations "
        "in Mzuzu.",
    ],
)
def test_events_killed_during_protests(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "protests", "excessive_force_against_protesters")


def test_events_gunmen_during_protests(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 12 July 2021, gunmen shot dead four people during "
                                 "protests in Mzuzu.")
    assert event.event_type == "violence_against_civilians"
