"""A force told as the agent of the crowd's arrest ("14 protesters were arrested by the
police") after another force met the protest ("Security forces fired tear gas") is on the
side that met the crowd, beside that force, never one of those who gathered.
"""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


def test_events_force_arresting_protesters_is_beside_the_force(
        pipeline: RulePipeline) -> None:
    text = ("Hundreds of nurses staged a sit-in on Monday outside the Health Directorate in "
            "Kut, demanding permanent contracts.\n\nRiot police fired tear gas to disperse "
            "the crowd. 12 protesters were detained by the security forces, a local source "
            "said.")
    event = only_event(pipeline, text, "2021-03-09")
    assert event.sub_event_type == "protest_with_intervention"
    assert event.actor1 == "Protesters (Iraq)"
    forces = {"Police Forces of Iraq", "Iraqi Security Forces"}
    assert not forces & set(event.assoc_actor_1)
    assert {event.actor2, *event.assoc_actor_2} == forces
