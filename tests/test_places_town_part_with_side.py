"""A part of a town written with the side of the town it lies on ("the Alvorada area of
eastern Recife", "the Leninsky district of northern Omsk") lies in that town: a namesake of
the part far from it is not the place. An area, which is no division of the town, is left
to the town; a district is placed at it."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On Saturday, in the Alvorada area of eastern Recife, Brazil, gunmen shot dead a "
         "shopkeeper.", "Pernambuco"),
        ("On Tuesday, in the Sabana Grande area of western Caracas, Venezuela, police "
         "arrested four looters.", "Distrito Capital"),
        ("On Sunday, in the San Pedro area of southern Cali, Colombia, a grenade wounded "
         "three people.", "Valle del Cauca"),
    ],
)
def test_part_of_a_town_by_its_side_stays_in_the_town(pipeline: RulePipeline, text: str,
                                                      admin1: str) -> None:
    assert only_event(pipeline, text).location.admin1 == admin1


def test_area_read_far_from_its_town_is_no_place() -> None:
    places = places_in("On Saturday, in the Alvorada area of eastern Recife, Brazil, gunmen "
                       "shot dead a shopkeeper.")
    assert places["Alvorada"].place is None
    town = places["Recife"].place
    assert town is not None and town.admin1 == "Pernambuco"


def test_district_read_far_from_its_town_is_placed_at_it() -> None:
    places = places_in("On Saturday, in the Leninsky district of northern Omsk, Russia, a "
                       "car bomb wounded a judge.")
    part = places["Leninsky"].place
    assert part is not None and part.name == "Omsk"
