"""A town written with a district word after it ("in the Tal Afar district", "the Tuz Khurmatu
district") names the district it is the seat of: near the town, precision 2."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Security forces arrested two suspects in the Tal Afar district on Thursday.",
         "Tall 'Afar"),
        ("Gunmen killed three farmers in the Tuz Khurmatu district on Monday.",
         "Tuz Khurmatu"),
    ],
)
def test_places_town_named_as_district_is_near(pipeline: RulePipeline, text: str,
                                               place: str) -> None:
    location = only_event(pipeline, text).location
    assert (location.place, location.geo_precision) == (place, 2)
