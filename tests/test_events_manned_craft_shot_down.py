"""A manned aircraft shot down is the deed of those who fired on it from the ground, as
ACLED codes a shoot-down (shelling, artillery or missile attack by the shooters, the
craft's force the target): not an air strike by the craft's own side. A drone shot down
stays a weapon disrupted."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "On 19 August 2023, rebels shot down a Sudanese Armed Forces fighter jet over Um Keddada, "
    "North Darfur.",
    "On 19 August 2023, a Sudanese Armed Forces warplane was shot down by rebels over Um "
    "Keddada, North Darfur.",
    "On 19 August 2023, rebels downed a fighter jet of the Sudanese Armed Forces over Um "
    "Keddada, North Darfur.",
])
def test_events_downed_jet_is_the_shooters_attack(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", "shelling_artillery_missile_attack")
    assert event.actor1 is not None and "Rebels" in event.actor1
    assert event.actor2 is not None and "Sudan" in event.actor2


def test_events_downed_helicopter_is_no_attack_on_civilians(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 19 August 2023, the Kachin Independence Army said it "
                                 "shot down a military helicopter near Mansi, Kachin state.")
    assert event.event_type == "explosions_remote_violence"
    assert event.actor1 == "Kachin Independence Army"
    assert event.actor2 == "Tatmadaw"  # the state's craft: the forces of the country


def test_events_downed_civilian_plane_is_no_army(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 19 August 2023, rebels shot down a civilian cargo plane "
                                 "near Mansi, Kachin state.")
    assert event.actor2 != "Tatmadaw"


def test_events_downed_drone_stays_disrupted(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 19 August 2023, rebels shot down a reconnaissance drone "
                                 "over Um Keddada, North Darfur.")
    assert event.sub_event_type == "disrupted_weapons_use"


def test_events_craft_flying_over_a_town_shot_down_kills_no_town(
        pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 19 August 2023, a Sudanese Armed Forces helicopter "
                                 "flying over Um Keddada was shot down by rebels, North "
                                 "Darfur.")
    assert event.sub_event_type == "shelling_artillery_missile_attack"
    assert not [c for c in event.casualties if c.kind == "killed"]


def test_events_drone_downed_after_a_bombing_is_no_downed_plane(
        pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 19 August 2023, army warplanes bombed Um Keddada, and a "
                                 "rebel drone was shot down nearby, North Darfur.")
    assert event.sub_event_type != "shelling_artillery_missile_attack"
