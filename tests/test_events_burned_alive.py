"""People "burned alive" or "burned to death" with the victims told between the verb and its
end ("burned a family alive", "burnt the two herders to death") were killed: an attack."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 5 August 2022, militiamen burned a family alive in their hut near Djugu.",
        "On 5 August 2022, armed men burnt the two herders to death near Djugu.",
    ],
)
def test_events_burned_alive(pipeline: RulePipeline, text: str) -> None:
    assert main_event(pipeline, text).event_type == "violence_against_civilians"


def test_events_burned_houses_not_alive(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 5 August 2022, militiamen burned houses and stole cattle "
                                 "near Djugu; residents fled alive.")
    assert event.event_type == "strategic_developments"
