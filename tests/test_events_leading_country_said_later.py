"""An event whose own sentence names no known place and writes a country as a party's
leader or backer ("Saudi-led") is where the party's named groups are active, not in that
country where a later sentence names it in passing."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


def test_events_leader_country_said_later_is_not_the_place(pipeline: RulePipeline) -> None:
    text = ("On 4 April 2022, Saudi-led coalition jets struck a farm east of the frontier "
            "posts. No casualties were given. Such strikes are recorded at a point within "
            "reach of the frontier in Saudi Arabia when no closer one is known.")
    location = main_event(pipeline, text).location
    assert location.country == "YE"
    assert location.geo_precision == 3


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # no party's leader in the event's sentence: the later country stands
        ("On 4 April 2022, gunmen attacked a market at dawn. It was the third attack this "
         "month in Nigeria.", "NG"),
        # a place named in the event's own sentence settles it
        ("On 4 April 2022, Saudi-led coalition jets struck Saada. Officials in Saudi Arabia "
         "gave no comment.", "YE"),
    ],
)
def test_events_later_country_kept_without_a_leader(pipeline: RulePipeline, text: str,
                                                    country: str) -> None:
    assert main_event(pipeline, text).location.country == country
