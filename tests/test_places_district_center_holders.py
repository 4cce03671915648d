"""A district's seat told after the district's name ("X district center, Y") keeps Y the
province that holds the district, as "X district, Y" does: X is read in Y's country, and Y
is the province, not its namesake town."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event

SEAT_AFTER = ("On 9 June 2021, insurgents overran Yakawlang district center, Bamyan, after a "
              "night of fighting.")
UNKNOWN_DISTRICT = ("On 14 July 2021, police repelled an attack on Wamba district centre, "
                    "Panjshir, wounding a guard.")


@pytest.mark.parametrize("text", [SEAT_AFTER, SEAT_AFTER.replace("center", "centre")])
def test_places_holder_after_district_center_is_province(text: str) -> None:
    found = places_in(text)
    holder, district = found["Bamyan"].place, found["Yakawlang"].place
    assert holder is not None and (holder.feature, holder.country) == ("admin1", "AF")
    assert district is not None and (district.feature, district.admin1) == ("admin2", "Bamyan")


def test_places_district_center_not_read_abroad() -> None:
    place = places_in(UNKNOWN_DISTRICT)["Wamba"].place
    assert place is None or place.country == "AF"


def test_events_district_center_lies_in_the_province(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, UNKNOWN_DISTRICT).location
    assert (location.country, location.admin1) == ("AF", "Panjshir")
