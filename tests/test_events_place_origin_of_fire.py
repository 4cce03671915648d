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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a side's post told before what it fired: the place it fired on is the event's
        ("On 14 March 2022, rebel troops stationed at Nyala fired mortars on the positions "
         "of the army near Zalingei.", "Zalingei"),
        ("On 2 June 2021, militiamen positioned in Bentiu shelled army posts near Malakal.",
         "Malakal"),
        # fired from a site a few words before its town: where it fell
        ("On 8 August 2021, militants launched three rockets from a farm near Kandahar "
         "towards Lashkar Gah, damaging two shops.", "Lashkar Gah"),
    ],
)
def test_events_place_fired_on_not_the_post(pipeline: RulePipeline, text: str,
                                            place: str) -> None:
    assert only_event(pipeline, text).location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the post of the side fired on is where the fire fell
        ("On 3 April 2022, the army fired artillery on rebel fighters stationed at Nyala.",
         "Nyala"),
        # a post with no firing told after it, and no other place: still the event's place
        ("On 7 July 2021, soldiers stationed at Malakal detained four traders.", "Malakal"),
    ],
)
def test_events_place_post_kept_where_nothing_else_is_struck(
        pipeline: RulePipeline, text: str, place: str) -> None:
    assert only_event(pipeline, text).location.name == place
