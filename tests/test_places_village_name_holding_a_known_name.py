"""A village's name of several words that holds the name of a known town or province
("Ban Udon Thani Noi village", "Village Siem Reap Chas") names a village the gazetteer
lacks, not that town: the whole name is read as one, and placed, as any unknown village
written with its district, at the district (precision 2). A village whose whole name the
gazetteer knows stays where it is."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import first_event


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("On 11 March 2023, robbers killed a farmer in Ban Udon Thani Noi village, Kumphawapi "
         "district.", "Kumphawapi", "Udon Thani"),
        ("On 11 March 2023, robbers killed a farmer in Village Siem Reap Chas, Kralanh "
         "district.", "Kralanh", "Siem Reap"),
        ("On 11 March 2023, gunmen shot a teacher in Kampong Cham Thmei village, Prey Chhor "
         "district.", "Prey Chhor", "Kampong Cham"),
    ],
)
def test_village_named_after_a_town_falls_back_to_its_district(
        pipeline: RulePipeline, text: str, place: str, admin1: str) -> None:
    location = first_event(pipeline, text).location
    assert (location.place, location.admin1, location.geo_precision) == (place, admin1, 2), \
        location


def test_known_village_name_stays(pipeline: RulePipeline) -> None:
    text = "On 11 March 2023, robbers killed a farmer in Kampong Cham village, Prey Chhor district."
    assert first_event(pipeline, text).location.place == "Kampong Cham"
