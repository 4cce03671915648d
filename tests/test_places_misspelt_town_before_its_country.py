"""A name one letter off a populous town, written before the town's country, is that town:
the country confirms the reading it has without it, and does not take the town's place."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Drones struck a power station in Zaporizhia, Ukraine, on Tuesday night.",
         "Zaporizhia", "UA", "Zaporizhzhia"),
        ("Fighting closed the harbour in Kyaukphyu, Myanmar, for a second week.",
         "Kyaukphyu", "MM", "Rakhine"),
    ],
)
def test_misspelt_town_before_its_country(
        text: str, name: str, country: str, admin1: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None
    assert (mention.place.country, mention.place.admin1, mention.place.feature) == (
        country, admin1, "populated_place")


def test_misspelling_of_a_town_of_another_country_stays_at_the_country_named() -> None:
    # one letter off Ukraine's Zaporizhzhia, but written as a town of Moldova: no reading
    # of it lies there, so it stays placed at the country the text gives it
    mention = places_in("Protesters blocked a road in Zaporizhia, Moldova, on Friday.")[
        "Zaporizhia"]
    assert mention.place is not None
    assert mention.place.feature == "country"
    assert mention.place.country == "MD"
