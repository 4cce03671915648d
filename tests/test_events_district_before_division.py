"""A report placed no better than its country, whose words name a district the gazetteer
lacks before the division ("area of Orakzai, Federally Administered Tribal Areas,
Pakistan"), names its location by that district; the point stays the country's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _location(text: str) -> tuple[str | None, str | None, int | None]:
    events = [r for r in extract(text, published="2012-06-01") if isinstance(r, Event)]
    assert events
    location = max(events, key=lambda e: e.confidence).location
    return location.name, location.country, location.geo_precision


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("02/03/2012: On Friday, in the Kalaya area of Orakzai, Federally Administered Tribal "
         "Areas, Pakistan, gunmen shot and killed a tribal elder.", "Orakzai", "PK"),
        ("04/19/2012: On Thursday, in Sonbarsa, Bara, Narayani, Nepal, assailants shot and "
         "wounded a village secretary on his way home.", "Bara", "NP"),
    ],
)
def test_events_district_named_before_the_division(text: str, name: str, country: str) -> None:
    assert _location(text) == (name, country, 3)


def test_events_known_town_keeps_its_own_name() -> None:
    # a town the gazetteer knows is the location, not the district written after it
    name, country, precision = _location(
        "05/22/2012: On Tuesday, in Jamrud, Khyber Agency, Federally Administered Tribal "
        "Areas, Pakistan, a bomb killed three policemen.")
    assert (name, country, precision) == ("Jamrud", "PK", 1)
