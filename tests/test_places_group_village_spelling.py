"""A long name one letter off the one village of that name in the divisions where a group
the report names operates ("the OSCE SMM ... near X") is that village, however small."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("On 21 September 2021, the OSCE SMM recorded 4 undetermined explosions near "
         "Krupchanskoe.", "Krupchanske", "Luhansk"),
        ("On 6 February 2021, the OSCE SMM observed 9 explosions and 30 shots of small "
         "arms fire near Chervonopopivke.", "Chervonopopivka", "Luhansk"),
    ],
)
def test_places_village_misspelt_where_group_operates(pipeline: RulePipeline, text: str,
                                                      place: str, admin1: str) -> None:
    location = only_event(pipeline, text).location
    assert location.country == "UA"
    assert location.place == place
    assert location.admin1 == admin1
