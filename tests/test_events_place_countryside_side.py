"""An event "in the southern countryside of X" lies on that side of X, not in the town,
and one "40 km north of X" that far north of it: the point moves out that way."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.metrics import haversine_km
from eventcoder.gazetteer import load_gazetteer
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


def _town(name: str, country: str) -> tuple[float, float]:
    place = next(p for p in load_gazetteer().lookup(name)
                 if p.country == country and p.feature == "populated_place")
    return place.latitude, place.longitude


@pytest.mark.parametrize(
    ("text", "town", "country", "north", "east"),
    [
        ("On 12 March 2021, government forces shelled Tell Qasr in the southern countryside "
         "of Homs. No casualties were reported.", "Homs", "SY", -1, 0),
        ("On 3 July 2021, unknown gunmen shot dead a farmer near his field in the northern "
         "countryside of Hama.", "Hama", "SY", 1, 0),
        ("On 9 October 2021, a landmine exploded under a truck in the eastern countryside of "
         "Aleppo, wounding its driver.", "Aleppo", "SY", 0, 1),
        ("On 21 January 2021, rebels raided a checkpoint in the western countryside of "
         "Raqqa, killing two soldiers.", "Raqqa", "SY", 0, -1),
        # one direction written in two words
        ("On 17 May 2021, an airstrike hit a poultry farm in the north-eastern countryside "
         "of Hama.", "Hama", "SY", 1, 1),
        ("On 30 May 2021, a mine killed a shepherd in the south-western countryside of "
         "Deir ez-Zor.", "Deir ez-Zor", "SY", -1, -1),
        # the side before the name, in lower case or capitalised
        ("On 4 April 2021, government forces shelled Umm Zarzur in southern Homs "
         "countryside. No casualties were reported.", "Homs", "SY", -1, 0),
        ("On 4 April 2021, a drone struck a car near Tall Bakr in the Northern Hama "
         "countryside, wounding two men.", "Hama", "SY", 1, 0),
        ("On 4 April 2021, rebels shelled Khirbet Samra in the South-Western Aleppo "
         "Countryside. No casualties were reported.", "Aleppo", "SY", -1, -1),
        # the side after the name
        ("On 4 April 2021, an airstrike hit a farm in Raqqa's eastern countryside. No "
         "casualties were reported.", "Raqqa", "SY", 0, 1),
        ("On 4 April 2021, unknown gunmen killed a shepherd in Hama western countryside.",
         "Hama", "SY", 0, -1),
    ],
)
def test_events_countryside_side_moves_point(pipeline: RulePipeline, text: str, town: str,
                                             country: str, north: int, east: int) -> None:
    location = only_event(pipeline, text).location
    lat, lon = _town(town, country)
    assert location.country == country
    assert location.latitude is not None and location.longitude is not None
    km = haversine_km(lat, lon, location.latitude, location.longitude)
    assert 10 <= km <= 30
    if north:
        assert (location.latitude - lat) * north > 0.05
    if east:
        assert (location.longitude - lon) * east > 0.05


@pytest.mark.parametrize(
    ("text", "town", "country", "km", "north"),
    [
        ("On 3 June 2021, soldiers raided a militant camp 40km north of Djibo, killing six "
         "militants.", "Djibo", "BF", 40.0, 1),
        ("On 11 November 2021, bandits ambushed a convoy 30 miles south of Kaura Namoda, "
         "Zamfara, killing three drivers.", "Kaura Namoda", "NG", 48.3, -1),
    ],
)
def test_events_stated_distance_moves_point(pipeline: RulePipeline, text: str, town: str,
                                            country: str, km: float, north: int) -> None:
    location = only_event(pipeline, text).location
    lat, lon = _town(town, country)
    assert location.latitude is not None and location.longitude is not None
    assert abs(haversine_km(lat, lon, location.latitude, location.longitude) - km) < 3
    assert (location.latitude - lat) * north > 0.2
