"""An event whose place the gazetteer lacks, known only to its country, that names groups
whose area is a few divisions of that country, is placed amid those divisions (in the one
division where there is one), not at the country's point far from where they fight."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import haversine_km, load_gazetteer
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 14 June 2021, the Luhansk People's Militia fired mortars at army positions near "
         "Zhuravlynyi Yar.", "Luhansk"),
        ("On 2 July 2021, the Donbass People's Militia fired grenades at army positions near "
         "Kvitkovyi Yar.", "Donetsk"),
    ],
)
def test_events_place_in_the_one_division_of_the_group(pipeline: RulePipeline, text: str,
                                                       admin1: str) -> None:
    location = only_event(pipeline, text).location
    assert (location.country, location.admin1, location.geo_precision) == ("UA", admin1, 3)


def test_events_place_between_the_divisions_of_the_groups(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, "On 14 June 2021, the OSCE SMM observed 12 explosions "
                                    "near Zhuravlynyi Yar.").location
    assert location.country == "UA" and location.admin1 is None
    assert location.latitude is not None and location.longitude is not None
    gazetteer = load_gazetteer()
    for name in ("Donetsk", "Luhansk"):
        division = gazetteer.admin1("UA", name)
        assert division is not None
        assert haversine_km(location.latitude, location.longitude,
                            division.latitude, division.longitude) < 150


def test_events_place_country_point_without_such_groups(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, "On 14 June 2021, the Ukrainian army said that two "
                                    "soldiers were wounded by shelling.").location
    assert (location.country, location.admin1) == ("UA", None)
    country = load_gazetteer().country("UA")
    assert country is not None
    assert (location.latitude, location.longitude) == (country.latitude, country.longitude)
