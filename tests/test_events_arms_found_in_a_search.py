"""Arms found in a search are no weapons used.

A grenade "found" in a search, "discovered" in a house, held "in possession of" a man or
told in the passive after ("a grenade and a pistol were found in his house") makes no
grenade attack and is none of the event's equipment: the arrest is the event. What is
left of a weapon used ("fragments of a grenade were recovered") still tells its use.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "Police arrested a man in Eldoret on Friday after a search of his house found a grenade "
    "and a pistol, officers said.",
    "Police arrested a trader in Eldoret on Friday after finding a grenade in his bag.",
    "Police arrested a man in possession of two grenades in Eldoret on Friday.",
    "Police arrested a man in Eldoret on Friday. A grenade and a pistol were found in his "
    "house.",
    "Officers in Eldoret on Friday discovered a grenade hidden in a store and arrested its "
    "owner.",
])
def test_arms_found_in_a_search_are_not_used(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "arrests")
    assert "grenade" not in event.equipment


def test_fragments_of_a_grenade_recovered_tell_its_use(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, (
        "Three people were wounded when an attacker hurled a grenade into a bar in Gulu on "
        "Saturday. Police said fragments of a grenade were recovered at the scene."))
    assert event.sub_event_type == "grenade"
    assert event.equipment == ["grenade"]


def test_grenade_thrown_then_more_found_is_still_thrown(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, (
        "A grenade exploded at a bus stop in Gulu on Sunday, wounding four people. Police "
        "later found a second grenade that did not explode."))
    assert event.sub_event_type == "grenade"
    assert "grenade" in event.equipment
