"""A force that finds the bodies of the dead ("Police found the bodies of two men killed by
a grenade") or arrives at the scene afterwards did not do the killing: it is no side of the
event."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "force"), [
    ("Police found the bodies of two men killed by a grenade in Kirundo on Sunday.",
     "Police Forces of Burundi"),
    ("Soldiers discovered the bodies of three herders shot dead near Kaya, Burkina Faso, "
     "on Monday.", "Military Forces of Burkina Faso"),
    ("Police said they found the body of a trader who had been shot dead in Kisumu, Kenya, "
     "on Monday.", "Police Forces of Kenya"),
    ("Police arrived at the scene after a bomb killed four traders in a market in Kisumu, "
     "Kenya, on Friday.", "Police Forces of Kenya"),
])
def test_force_that_comes_upon_the_dead_is_no_side(pipeline: RulePipeline, text: str,
                                                   force: str) -> None:
    event = only_event(pipeline, text)
    assert not (event.actor1 or "").startswith(force.split(" of ")[0]), event.actor1
    assert event.actor2 is not None and event.actor2.startswith("Civilians")
    assert event.fatalities is not None and event.fatalities > 0


def test_force_that_kills_and_is_then_told_finding_arms_stays_the_attacker(
        pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "Police shot dead two robbers in Kisumu, Kenya, on Friday "
                                 "and found a pistol on them.")
    assert event.actor1 is not None and event.actor1.startswith("Police Forces of Kenya")
