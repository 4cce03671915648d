"""A town told far after the event's word, in a later sentence on another incident, is no
nearer the event than the town the report opens with: the place told first stands."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event

_LONG_MIDDLE = (
    "a convoy of smugglers, including three drivers, two guides and several traders "
    "carrying fuel and cigarettes across the border at night, tried to evade a patrol. "
    "Customs officers, supported by gendarmes and soldiers, detained at least nine people. "
    "The authorities said that the network had been under watch for months and that more "
    "arrests would follow in the coming weeks.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (f"On 12 June 2021, in Kidira, Tambacounda region, {_LONG_MIDDLE} The week before, "
         "another convoy was seized in Bakel, Tambacounda region.", "Kidira"),
        (f"On 3 March 2022, in Goudiry, Tambacounda region, {_LONG_MIDDLE} Two days earlier, "
         "a similar convoy was stopped near Kidira.", "Goudiry"),
    ],
)
def test_events_place_opening_town_over_one_told_far_after(
        pipeline: RulePipeline, text: str, place: str) -> None:
    assert only_event(pipeline, text).location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # told right after the event's word, the later town is the event's
        ("On 12 June 2021, customs officers detained nine smugglers in Kidira, Tambacounda "
         "region.", "Kidira"),
    ],
)
def test_events_place_town_right_after_the_deed(pipeline: RulePipeline, text: str,
                                                place: str) -> None:
    assert only_event(pipeline, text).location.name == place
