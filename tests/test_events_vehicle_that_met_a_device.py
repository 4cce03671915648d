"""A side whose vehicle, convoy or patrol struck a bomb ("a police vehicle struck an IED",
"an army patrol hit a landmine") is struck by it; where nobody is told to have set the
device, it was set by an unidentified armed group (ACLED's actor1)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("On 9 June 2022, a police vehicle struck an IED near Elwak, killing three officers.",
         "Police Forces"),
        ("On 9 June 2022, a Malian army patrol vehicle hit a landmine near Hombori, "
         "killing two soldiers.", "Military Forces"),
        ("On 9 June 2022, a Somali army convoy ran over a roadside bomb near Afgooye, "
         "wounding four soldiers.", "Military Forces"),
    ],
)
def test_events_vehicle_that_met_a_device(pipeline: RulePipeline, text: str,
                                          struck: str) -> None:
    event = main_event(pipeline, text)
    assert event.sub_event_type == "remote_explosive_landmine_ied"
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2 is not None and event.actor2.startswith(struck)


def test_events_vehicle_that_met_a_device_keeps_the_planter(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 9 June 2022, a police vehicle struck an IED planted by "
                                 "Al Shabaab near Elwak, killing three officers.")
    assert event.actor1 == "Al Shabaab"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces")
