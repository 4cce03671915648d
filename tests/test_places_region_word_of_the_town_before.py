"""A region named by a common word after a town ("near X, in the Est region") is the region
of that name that holds the town, not one of another country spelled exactly so."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Armed men burned two lorries near Bertoua, in the Est region, on Thursday.",
         "Bertoua", "CM"),
        ("Rebels looted a health post outside Bertoua in the Est region last week.",
         "Bertoua", "CM"),
        ("Gunmen raided a clinic near Rwamagana, Est province, on Sunday.", "Rwamagana", "RW"),
    ],
)
def test_region_word_read_where_the_town_lies(text: str, town: str, country: str) -> None:
    found = places_in(text)
    assert found[town].place is not None and found[town].place.country == country
    region = found["Est"].place
    assert region is not None and region.country == country and region.feature == "admin1"


def test_region_spelled_exactly_still_read_without_a_town_elsewhere() -> None:
    found = places_in("A rally was held in Fada N'Gourma, in the Est region.")
    region = found["Est"].place
    assert region is not None and region.country == "BF"
