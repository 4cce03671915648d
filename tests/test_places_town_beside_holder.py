"""A town written before the town or district it lies by is read as that town even where the
province the report writes (or the gazetteer's division codes, after provinces were redrawn)
disagree: the holder a few kilometres away says which town is meant."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # the town's code is the old Northern province; the holder's, the new North West one,
        # which the report writes too
        ("On 12 March, traders shut their stalls in Lunsar (Port Loko, North-West) to protest "
         "a tax.", "Lunsar", "SL", "North West"),
        # the report names the wrong province beside a town and its namesake district
        ("On 4 July, lawyers boycotted the courts in Larkana city (Larkana, Punjab) after a "
         "colleague was beaten.", "Larkana", "PK", "Sindh"),
        ("On 9 October, shopkeepers marched in Nawabshah (Nawabshah, Balochistan) against "
         "power cuts.", "Nawabshah", "PK", "Sindh"),
    ],
)
def test_places_town_beside_its_holder(text: str, name: str, country: str, admin1: str) -> None:
    place = next(m for m in place_mentions(text) if m.text == name).place  # the first one
    assert place is not None
    assert place.feature == "populated_place"
    assert (place.country, place.admin1) == (country, admin1)


def test_places_town_beside_holder_takes_the_holders_province() -> None:
    # the gazetteer files the town under the province carved out later; the report and the
    # town written as its holder are of the province it was in then
    place = next(m for m in place_mentions(
        "06/14/2011: On Tuesday, near Rumonge, Bururi, Burundi, gunmen robbed a bus.")
        if m.text == "Rumonge").place
    assert place is not None
    assert (place.name, place.admin1) == ("Rumonge", "Bururi")


@pytest.mark.parametrize(
    "text",
    [
        # a town of that name far from the holder is no reading of it
        "On 2 May, farmers blocked the road at Mansehra (Larkana, Sindh) over water rights.",
        "On 2 May, farmers blocked the road at Mansehra (Larkana, Punjab) over water rights.",
    ],
)
def test_places_far_namesake_not_taken_for_the_town(text: str) -> None:
    place = places_in(text)["Mansehra"].place
    assert place is None or place.name != "Mansehra"  # at most placed at the holder
