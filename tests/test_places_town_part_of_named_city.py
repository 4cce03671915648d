"""A quarter, neighbourhood or district written as part of the town after it ("in the
Cankaya district of Ankara") is in that town: the town is the event's place, and the part,
as written, its name, also where the province bears the town's name. A larger town, or a
district of the province farther out than the town's reach, keeps its own reading, and the
name after a district of the province that bears the town's name ("the Ban Mi district of
Lop Buri") is that province."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "part", "town"),
    [
        ("On Monday, in the Cankaya district of Ankara, Turkey, a parcel bomb wounded two "
         "guards.", "Cankaya", "Ankara"),
        ("On Monday, in the Miraflores neighborhood of Lima, Peru, gunmen killed a banker.",
         "Miraflores", "Lima"),
    ],
)
def test_part_of_a_town_is_placed_in_the_town(pipeline: RulePipeline, text: str, part: str,
                                              town: str) -> None:
    location = only_event(pipeline, text).location
    assert (location.name, location.place) == (part, town)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On Monday, in the Hat Yai district of Songkhla, Thailand, a bomb wounded two "
         "tourists.", "Hat Yai"),
        ("On Monday, in the Ban Na Doem district of Surat Thani, Thailand, a bomb wounded two "
         "tourists.", "Ban Na Doem"),
        ("On Friday, gunmen shot dead a village headman in the Wang Thong district of "
         "Phitsanulok, Thailand.", "Wang Thong"),
    ],
)
def test_larger_town_or_outlying_district_keeps_its_reading(
        pipeline: RulePipeline, text: str, place: str) -> None:
    assert only_event(pipeline, text).location.place == place


TOWN_AND_PROVINCE = ("On Friday, gunmen shot dead a village headman in the Ban Mi district "
                     "of Lop Buri, Thailand.")


def test_district_of_the_province_bearing_the_towns_name(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, TOWN_AND_PROVINCE).location
    assert (location.place, location.admin1) == ("Ban Mi", "Lopburi")


def test_name_after_a_district_of_its_province_is_the_province() -> None:
    province = places_in(TOWN_AND_PROVINCE)["Lop Buri"].place
    assert province is not None and province.feature == "admin1"
