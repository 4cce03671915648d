"""Where no place resolves, the country of the people struck or gathered (civilians,
protesters) says where an event is before the country of the forces that struck them:
forces cross borders, shepherds and villagers are at home."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 11 June 2021, Israeli soldiers abducted a Lebanese shepherd near Khallet Sbayeh in "
         "the border area.", "LB"),
        ("On 2 March 2021, Israeli forces fired warning shots at Lebanese shepherds grazing "
         "their flock near Khallet Dayr, close to the border.", "LB"),
        ("On 19 August 2021, Turkish forces shelled Syrian villagers near Tell Shamiran.",
         "SY"),
        ("On 4 October 2021, Iranian border guards shot and killed two Afghan farmers near "
         "Deh Qala.", "AF"),
    ],
)
def test_events_country_of_people_struck(pipeline: RulePipeline, text: str,
                                         country: str) -> None:
    location = only_event(pipeline, text).location
    assert location.place is None
    assert location.country == country
