"""A site named after a quarter or village, then "in" the town it lies in ("the Sina'a
prison in Hasakah", "Tamra market in Zalingei"): the town holds the name; a namesake abroad,
in a country the report also names, is not the place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(("text", "site"), [
    ("Militants stormed the Sina'a prison in Hasakah on Thursday, freeing dozens of Iraqi "
     "inmates.", "Sina'a"),
    ("Iraqi guards said a fire broke out in al-Sina'a jail in Hasakah overnight.", "al-Sina'a"),
])
def test_places_site_name_no_namesake_outside_its_town(text: str, site: str) -> None:
    found = places_in(text)
    place = found[site].place
    assert place is None or place.country == "SY"
    town = found["Hasakah"].place
    assert town is not None and town.country == "SY"


def test_events_placed_in_the_town_of_the_site() -> None:
    text = ("On 20 January 2022, militants stormed the Sina'a prison in Hasakah, freeing "
            "dozens of Iraqi inmates, a monitor said.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events and all(e.location.country == "SY" for e in events)
