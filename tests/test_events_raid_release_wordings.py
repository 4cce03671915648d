"""Wordings of raid releases. A hideout or tunnel "used by ISIS gangs" is whose the place
was, not a passive telling ISIS did what the sentence tells; "three of their logistics
suppliers" arrested are of the group whose fighters were told of before. Men "killed during
the raid" in a sentence that names only its teller were killed by who carried out the raid
told before.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize("owned", ["used by", "controlled by", "dug by"])
def test_events_place_used_by_a_group_is_not_its_act(pipeline: RulePipeline,
                                                     owned: str) -> None:
    text = ("Kirkuk/ INA\n\nThe Counter-Terrorism Service announced, on Sunday, the "
            f"destruction of a cave {owned} ISIS terrorist gangs in Wadi al-Shay, south of "
            "Kirkuk, killing three terrorists who were inside it.")
    event = only_event(pipeline, text, "2021-08-02")
    assert (event.actor1, event.actor2) == ("Counter Terrorism Service", "Islamic State")


def test_events_suppliers_of_the_group_are_its_side(pipeline: RulePipeline) -> None:
    text = ("Maiduguri (NAN) - Troops neutralised four ISWAP terrorists and arrested two of "
            "their logistics suppliers near Marte in Borno State on Tuesday, the army said.")
    event = only_event(pipeline, text, "2021-08-05")
    detained = {c.party: c.count for c in event.casualties if c.kind == "detained"}
    assert detained == {"Islamic State West Africa Province": 2}


@pytest.mark.parametrize("during", ["during the raid", "in the operation"])
def test_events_killed_during_the_raid_told_before(pipeline: RulePipeline,
                                                   during: str) -> None:
    text = ("Raqqa (ANHA) - The Syrian Democratic Forces carried out a raid in the village of "
            "Hamrat on Friday, detaining an ISIS emir. Three other members of his cell were "
            f"killed {during}, and no civilians were harmed, the SDF said.")
    event = only_event(pipeline, text, "2021-08-07")
    assert (event.actor1, event.actor2) == ("Syrian Democratic Forces", "Islamic State")
    assert event.sub_event_type == "armed_clash"
