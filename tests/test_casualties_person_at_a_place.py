"""Whom a passive verb tells of is the phrase before a place it was in: "a man in the car
was killed" counts the man, not the car."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "On 7 October 2021, a man in the car was killed in an IED explosion on the road north "
    "of Lashkar Gah, Helmand.",
    "On 7 October 2021, a shopkeeper inside the kiosk was killed when gunmen opened fire in "
    "Lashkar Gah, Helmand.",
])
def test_casualties_person_in_a_vehicle_or_room_killed(pipeline: RulePipeline,
                                                       text: str) -> None:
    event = only_event(pipeline, text)
    assert event.fatalities == 1


def test_casualties_person_on_a_bus_wounded(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 7 October 2021, a passenger on the bus was wounded when "
                                 "gunmen opened fire in Lashkar Gah, Helmand.")
    wounded = [c for c in event.casualties if c.kind == "wounded"]
    assert [c.count for c in wounded] == [1]


def test_casualties_thing_at_a_place_is_nobody(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 7 October 2021, a car in the market was destroyed in an "
                                 "IED explosion in Lashkar Gah, Helmand.")
    assert not event.fatalities
    assert not [c for c in event.casualties if c.kind in ("killed", "wounded")]
