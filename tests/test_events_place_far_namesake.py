"""A place a report puts in a direction from a town ("the X area south of Y"), whose only
reading lies far off in another province, is a namesake: the event is by the town."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("On 21 March 2021, an unexploded shell went off in the Mayadin area south of Sukhnah "
         "in eastern Homs countryside, killing a boy.", "As Sukhnah", "Homs"),
        ("On 12 July 2021, IS cells ambushed a military bus near the Jarabulus area north of "
         "Palmyra, killing four soldiers.", "Tadmur", "Homs"),
    ],
)
def test_events_far_namesake_told_by_direction(pipeline: RulePipeline, text: str, place: str,
                                               admin1: str) -> None:
    location = only_event(pipeline, text).location
    assert location.place == place
    assert location.admin1 == admin1
