"""A quarter, neighbourhood or area written with a comma before the town it lies in ("in
the Kreuzberg neighborhood, Berlin") is in that town, as one written with "of" is: the town
is the event's place."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("On Monday, in the Kreuzberg neighborhood, Berlin, Germany, unknown assailants set "
         "fire to three cars.", "Berlin"),
        ("On Monday, in the Ikoyi area, Lagos, Nigeria, gunmen robbed a bank.", "Lagos"),
        ("On Monday, in the Bandra suburb, Mumbai, India, a bomb wounded four people.",
         "Mumbai"),
    ],
)
def test_part_before_a_comma_is_placed_in_the_town(pipeline: RulePipeline, text: str,
                                                   town: str) -> None:
    location = only_event(pipeline, text).location
    assert location.place == town


def test_district_before_a_comma_keeps_its_reading(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, "On Friday, gunmen shot dead a village headman in the "
                                    "Wang Thong district, Phitsanulok, Thailand.").location
    assert location.place == "Wang Thong"
