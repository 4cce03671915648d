"""Bombardment told of aircraft ("aircraft bombarded", "bombardment by ... aircrafts") is an
air strike; bombardment by guns on the ground stays shelling."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "On 12 February 2022, government aircraft bombarded farmland east of Maarrat Misrin, "
    "Idlib, Syria.",
    "On 12 February 2022, bombardment by Syrian regime aircrafts hit a poultry farm near "
    "Maarrat Misrin, Idlib.",
    "On 12 February 2022, a poultry farm near Maarrat Misrin, Idlib, was bombarded by regime "
    "aircraft.",
])
def test_events_bombardment_from_the_air_is_an_air_strike(pipeline: RulePipeline,
                                                          text: str) -> None:
    event = only_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", "air_drone_strike")


def test_events_bombardment_by_guns_stays_shelling(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 12 February 2022, regime artillery bombarded farmland "
                                 "east of Maarrat Misrin, Idlib, Syria.")
    assert event.sub_event_type == "shelling_artillery_missile_attack"
