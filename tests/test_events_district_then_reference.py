"""Agency reports place a district by a better-known town after a comma ("in the Baiji
district, north of Tikrit") and name officials by their seat ("the governor of Hajjah
said"): the district is where the event was, the town and the seat are not."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A farmer was killed on Saturday by an explosive device in the Baiji district, north "
         "of Tikrit, a security source said.", "Baiji"),
        ("Two soldiers were wounded when gunmen attacked a checkpoint in Hit district, west "
         "of Ramadi, on Monday.", "Hit"),
        ("Four civilians were killed on Sunday when shells fell on houses in Harib district, "
         "south of Marib city.", "Harib"),
        # the seat of an office names who speaks
        ("A shell hit a house in Khanaqin district on Friday, killing two children, the "
         "mayor of Baqubah said.", "Khanaqin"),
        ("Militants killed three shepherds in Daquq district on Monday. The governor of "
         "Kirkuk said the attackers fled.", "Daquq"),
    ],
)
def test_events_district_then_reference_or_office_seat(pipeline: RulePipeline, text: str,
                                                       place: str) -> None:
    assert only_event(pipeline, text).location.place == place


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Iraqi aircraft struck a hideout of terrorists in the Wadi Umm Tuba area south-east "
         "of Tikrit on Sunday, killing four of them.", "Wadi Umm Tuba", "Tikrit"),
        ("Gunmen killed two shepherds in the Jurf al-Milh village, 15 km north of Mosul, "
         "on Monday.", "Jurf al-Milh", "Mosul"),
        ("A terrorist attack targeted a checkpoint in Al-Multaqa sub-district, south-west of "
         "Kirkuk, on Monday, killing two policemen.", "Al-Multaqa", "Kirkuk"),
    ],
)
def test_events_unknown_area_placed_by_direction(pipeline: RulePipeline, text: str, name: str,
                                                 place: str) -> None:
    location = only_event(pipeline, text).location
    assert (location.name, location.place, location.geo_precision) == (name, place, 2)


# A place told by a direction from a town whose province follows, where the place's only
# reading lies far off in another province, is a namesake: the event is by the town.
@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("On 21 March 2021, an unexploded shell went off in the Mayadin area south of Sukhnah "
         "in Homs countryside, killing a boy.", "As Sukhnah", "Homs"),
        ("On 12 July 2021, IS cells ambushed a military bus near the Jarabulus area north of "
         "Palmyra in Homs countryside, killing four soldiers.", "Tadmur", "Homs"),
        ("On 3 October 2021, a mine killed two shepherds grazing sheep in the Manbij area "
         "east of Qaryatayn in Homs countryside.", "Al Qaryatayn", "Homs"),
    ],
)
def test_events_far_namesake_told_by_direction(pipeline: RulePipeline, text: str, place: str,
                                               admin1: str) -> None:
    location = only_event(pipeline, text).location
    assert (location.place, location.admin1) == (place, admin1)
