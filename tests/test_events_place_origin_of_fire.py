"""Rockets, shells and drones fired from one place into another: the event is where they
fell, not where they were fired from, whatever was fired ("launched two rockets from",
"fired three mortar rounds from")."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 5 May 2021, militants launched two rockets from Lebanon into Israel, damaging a "
         "house.", "IL"),
        ("On 9 June 2021, gunmen fired three mortar rounds from Syria into Turkey, wounding a "
         "farmer.", "TR"),
    ],
)
def test_events_place_where_the_fire_fell(pipeline: RulePipeline, text: str,
                                          country: str) -> None:
    assert only_event(pipeline, text).location.country == country
