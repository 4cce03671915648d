"""Air power told as the support of a ground force's fight ("troops backed by US airstrikes
killed 30 militants") is the ground force's battle: the force is actor1, the air power its
associate, the group it fought actor2."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1", "associate", "actor2"),
    [
        ("Somali army troops backed by US airstrikes killed at least 30 al-Shabaab militants "
         "in the Hiraan region on Wednesday, the government said.",
         "Military Forces of Somalia", "US", "Al Shabaab"),
        ("Afghan commandos, supported by US drones, killed 14 Taliban fighters in Kandahar "
         "province on Tuesday.", "Military Forces of Afghanistan", "US", "Taliban"),
        ("Iraqi troops, with air support from coalition drones, killed nine ISIS fighters in "
         "the Makhmour area on Sunday.", "Iraqi Security Forces", "Coalition",
         "Islamic State"),
    ],
)
def test_events_backing_strikes_are_the_ground_force_battle(
        pipeline: RulePipeline, text: str, actor1: str, associate: str, actor2: str) -> None:
    event = only_event(pipeline, text)
    assert event.event_type == "battles"
    assert event.actor1 == actor1
    assert event.actor2 == actor2
    assert any(associate in a for a in event.assoc_actor_1), event.assoc_actor_1


def test_events_strike_of_its_own_stays_a_strike(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "A US airstrike killed nine al-Shabaab fighters near Jilib on "
                                 "Wednesday, the command said.")
    assert (event.event_type, event.sub_event_type) == ("explosions_remote_violence",
                                                        "air_drone_strike")
