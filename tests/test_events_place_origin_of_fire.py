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
        # the side at the post is the one fired on: its post is where the fire fell
        ("On 12 May 2022, government troops stationed in Nyala were shelled by rebels near "
         "Zalingei.", "Nyala"),
        # a post with no firing told after it, and no other place: still the event's place
        ("On 7 July 2021, soldiers stationed at Malakal detained four traders.", "Malakal"),
    ],
)
def test_events_place_post_kept_where_nothing_else_is_struck(
        pipeline: RulePipeline, text: str, place: str) -> None:
    assert only_event(pipeline, text).location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a side's home told before what it did and where: the event is where it acted
        ("On 11 March 2022, gunmen from Kafr Nabl attacked a checkpoint in Maarat al-Numan, "
         "killing two soldiers.", "Maarat al-Numan"),
        ("On 4 October 2021, displaced families from Maarat al-Numan protested in Kafr Nabl "
         "against the price of bread.", "Kafr Nabl"),
        ("On 19 June 2021, militants based in Kafr Nabl attacked a checkpoint near Maarat "
         "al-Numan.", "Maarat al-Numan"),
    ],
)
def test_events_place_where_a_side_acted_not_its_home(pipeline: RulePipeline, text: str,
                                                      place: str) -> None:
    assert only_event(pipeline, text).location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the place after the home is where the home lies, not where the side acted
        ("On 2 February 2022, protesters from Kafr Nabl, in Idlib province, demanded the "
         "release of detainees.", "Kafr Nabl"),
        # nothing done elsewhere: the home is the only place, and kept
        ("On 6 August 2021, two people from Kafr Nabl were wounded by shelling.", "Kafr Nabl"),
    ],
)
def test_events_place_home_kept_where_nothing_else_is_told(pipeline: RulePipeline, text: str,
                                                           place: str) -> None:
    assert only_event(pipeline, text).location.name == place
