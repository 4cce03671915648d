"""A device that goes off on a force's patrol, convoy or vehicle struck that force: the
force is actor2, and the planter, named nowhere, is the country's unidentified armed group
(or the group the report blames), never the force itself."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "force", "country"), [
    ("On 9 August 2021, an IED exploded on an army patrol near Beledweyne (Hiraan), killing "
     "two soldiers.", "Military Forces of Somalia", "Somalia"),
    ("On 9 August 2021, a roadside bomb went off near a police vehicle in Bannu, Pakistan, "
     "wounding three policemen.", "Police Forces of Pakistan", "Pakistan"),
    ("On 9 August 2021, a landmine struck a military convoy near Menaka, Mali, killing four "
     "soldiers.", "Military Forces of Mali", "Mali"),
])
def test_events_device_on_a_force_struck_it(pipeline: RulePipeline, text: str, force: str,
                                           country: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor2 is not None and event.actor2.startswith(force), (event.actor1,
                                                                        event.actor2)
    assert event.actor1 == f"Unidentified Armed Group ({country})", event.actor1


def test_events_device_on_a_force_blamed_group(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 9 August 2021, an IED exploded on an army patrol near "
                                 "Beledweyne (Hiraan), killing two soldiers. Officials blamed "
                                 "Al Shabaab for the blast.")
    assert event.actor1 == "Al Shabaab", event.actor1
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Somalia")


def test_events_soldiers_on_patrol_still_act(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 9 August 2021, soldiers on a patrol killed two bandits "
                                 "near Gusau, Zamfara.")
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Nigeria")
