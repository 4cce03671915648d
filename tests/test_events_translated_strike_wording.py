"""Machine-translated strike reports: "the Iraqi aircrafts bombed a den of terrorists", "which
led to kill 3 terrorists". The plural "aircrafts" is an air strike, and what a strike "led to"
is its result, not an aim."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "sub_event_type", "killed"),
    [
        ("A security source said on Thursday that the Iraqi aircrafts bombed a den of ISIS "
         "terrorists near Hit, which led to kill 3 terrorists.", "air_drone_strike", 3),
        ("The army aircrafts struck a hideout of terrorists in the outskirts of Baiji on "
         "Monday, leading to kill four of them.", "air_drone_strike", 4),
    ],
)
def test_events_translated_strike_wording(pipeline: RulePipeline, text: str,
                                          sub_event_type: str, killed: int) -> None:
    event = only_event(pipeline, text)
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, killed), event.notes


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a translation's perfect tense: the air force "has struck", "had bombed"
        ("On 01 april 2024, the Air Force has struck a base of the terrorists close to "
         "Dori.", "air_drone_strike"),
        ("On 3 May 2019, the Nigerian Air Force had bombed a camp of the insurgents near "
         "Gwoza.", "air_drone_strike"),
        ("On 9 June 2021, the air forces have pounded positions of the rebels near Kidal, "
         "killing nine of them.", "air_drone_strike"),
        ("On 12 March 2022, the Air Force bombed a hideout of the bandits in Zamfara, "
         "killing seven.", "air_drone_strike"),
    ],
)
def test_events_translated_strike_wording_air_force_perfect(pipeline: RulePipeline,
                                                            text: str,
                                                            sub_event_type: str) -> None:
    event = only_event(pipeline, text)
    assert event.sub_event_type == sub_event_type, event.notes
