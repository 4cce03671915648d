"""What holds a district is a province, not the province's namesake town.

"Baqim district (Sadah)" names Saada governorate after the district; the town of Sa'dah is
elsewhere in it. Where the name after the district has no province reading, it is read as
before ("Hay County, Kut, Wasit": Kut is a town).
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "holder", "country"),
    [
        ("Two air raids hit Majz district (Sadah) on Sunday, damaging a farm.", "Sadah", "YE"),
        ("Artillery shells fell on Haydan district, Sadah, late on Monday.", "Sadah", "YE"),
        ("Rebels looted shops in Walikale territory, North Kivu, on Friday.", "North Kivu",
         "CD"),
    ],
)
def test_places_holder_of_district_is_province(text: str, holder: str, country: str) -> None:
    place = places_in(text)[holder].place
    assert place is not None and (place.feature, place.country) == ("admin1", country)


def test_events_district_before_its_province_is_the_place() -> None:
    event = only_event(RulePipeline(), (
        "On 12 June 2021, coalition airstrikes hit Majz district (Sadah), killing a farmer."))
    location = event.location
    assert (location.name, location.geo_precision) == ("Majz", 2)
