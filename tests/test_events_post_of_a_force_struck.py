"""A force's post struck ("an attack on a police station", "stormed an army checkpoint")
tells the side struck where the report names no other: the country's police or army."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "force"), [
    ("Insurgents launched an attack on a police station in Marsabit, Kenya, before dawn on "
     "Tuesday, killing three people.", "Police Forces of Kenya"),
    ("Bandits torched a police station in Marsabit, Kenya, on Tuesday night, killing one "
     "person.", "Police Forces of Kenya"),
])
def test_post_of_a_force_struck_names_the_side(pipeline: RulePipeline, text: str,
                                               force: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor2 is not None and event.actor2.startswith(force), (
        event.actor1, event.actor2)


def test_people_taken_to_a_police_station_are_no_attack_on_it(pipeline: RulePipeline
                                                              ) -> None:
    event = only_event(pipeline, "Gunmen shot dead two traders at a market in Marsabit, "
                                 "Kenya, on Tuesday; their bodies were taken to a police "
                                 "station.")
    assert event.actor2 is not None and event.actor2.startswith("Civilians"), event.actor2
