"""Of several towns of one name in a province, the one nearest the district or town written
after it as where it lies ("Kamianka, Bakhmut raion, Donetsk oblast")."""

from __future__ import annotations

import math

import pytest

from tests.places_text import places_in


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371 * math.hypot(dlat, dlon)


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("Shells damaged two houses in Kamianka, Bakhmut raion, Donetsk oblast, on Friday.",
         "Kamianka", "Bakhmut"),
        ("Shells damaged a school in Kamianka (Yasynuvata, Donetsk oblast) overnight.",
         "Kamianka", "Yasynuvata"),
        ("A mine exploded near Vodiane, Volnovakha district, Donetsk region.", "Vodiane",
         "Volnovakha"),
    ],
)
def test_places_namesake_nearest_the_holder(text: str, name: str, holder: str) -> None:
    found = places_in(text)
    place, anchor = found[name].place, found[holder].place
    assert place is not None and anchor is not None
    assert place.admin1 == anchor.admin1
    assert _km(place.latitude, place.longitude, anchor.latitude, anchor.longitude) < 45
