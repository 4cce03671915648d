"""A state's men told in the list of parts after a count of a group's fighters are none of
the fighters: "at least 17 insurgents including 3 commanders and 5 policemen were killed"
is 22 dead; the commanders are among the insurgents."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def test_casualties_other_side_in_a_list_of_parts(pipeline: RulePipeline) -> None:
    text = ("On 20 May 2021, police repelled an insurgent raid on a convoy near Garowe; at "
            "least 17 insurgents including 3 commanders and 5 policemen were killed.")
    assert only_event(pipeline, text).fatalities == 22


def test_casualties_parts_of_the_same_side_stay_inside(pipeline: RulePipeline) -> None:
    text = ("On 20 May 2021, police repelled an insurgent raid on a convoy near Garowe; at "
            "least 17 insurgents including 3 commanders were killed.")
    assert only_event(pipeline, text).fatalities == 17
