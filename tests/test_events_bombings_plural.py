"""Twin or counted bombings and bomb attacks ("twin bombings near a stadium killed 38", "two
bomb attacks in the market") are explosions, as one bombing is; a series of bombings told in
passing is none."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 8 March 2019, twin bombings near a bus terminal in Sibi killed 11 people.",
        "On 8 March 2019, two bomb attacks in the main market of Sibi killed 11 people.",
        "On 8 March 2019, twin bomb blasts in Sibi killed 11 people.",
    ],
)
def test_events_bombings_plural(pipeline: RulePipeline, text: str) -> None:
    assert main_event(pipeline, text).event_type == "explosions_remote_violence"


def test_events_series_of_bombings_no_incident(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 8 March 2019, gunmen killed two traders in Sibi. The group "
                                 "was blamed for a series of bombings in Quetta in 2017.")
    assert event.event_type == "violence_against_civilians"
    assert event.date_start == "2019-03-08"
