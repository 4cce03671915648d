"""A city of a million or more is told by its zones ("the East Zone of Sao Paulo"): the
event lies out on that side of the city, not at its centre; a smaller town's "zone" is no
side the point moves to."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import place_mentions
from tests.records_factory import only_event

CENTRE = ("On 14 July 2021, hundreds of bus drivers protested over unpaid wages in Sao Paulo, "
          "Sao Paulo.")


@pytest.mark.parametrize(("zone", "moved_east", "moved_north"), [
    ("East", True, False),
    ("West", False, False),
    ("South", False, False),
])
def test_events_zone_moves_the_point_out(pipeline: RulePipeline, zone: str,
                                         moved_east: bool, moved_north: bool) -> None:
    text = (f"On 14 July 2021, hundreds of bus drivers protested over unpaid wages in the "
            f"{zone} Zone of Sao Paulo, Sao Paulo.")
    centre = only_event(pipeline, CENTRE).location
    location = only_event(pipeline, text).location
    assert location.place == "Sao Paulo"
    assert centre.longitude is not None and location.longitude is not None
    assert centre.latitude is not None and location.latitude is not None
    east = (location.longitude - centre.longitude) * 102.0  # km at 23.5 degrees south
    north = (location.latitude - centre.latitude) * 111.2
    assert 15.0 <= abs(east) + abs(north) <= 25.0
    assert (east > 10.0) is moved_east
    assert (north > 10.0) is moved_north
    assert (east < -10.0) is (zone == "West")
    assert (north < -10.0) is (zone == "South")


def test_places_zone_is_the_modifier() -> None:
    text = ("On 14 July 2021, hundreds of bus drivers protested over unpaid wages in the "
            "North Zone of Sao Paulo, Sao Paulo.")
    mention = place_mentions(text)[0]  # the city; the state follows
    assert mention.place is not None
    assert mention.place.feature == "populated_place"
    assert mention.modifier == "north zone of"
    assert mention.geo_precision == 2


def test_events_zone_of_a_smaller_city_stays(pipeline: RulePipeline) -> None:
    text = ("On 14 July 2021, hundreds of bus drivers protested over unpaid wages in the "
            "North Zone of Uberlandia, Minas Gerais.")
    location = only_event(pipeline, text).location
    assert location.place == "Uberlandia"
    assert location.latitude is not None
    assert abs(location.latitude - (-18.91861)) < 0.01
