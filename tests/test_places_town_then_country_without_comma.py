"""A town's name and its country's written with no comma between them ("near Kisumu
Kenya") are two names: the town, in the country the run closes with. A name the gazetteer
knows whole keeps its words together, and a word before a country that is no place of it
is left as it was."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Robbers shot dead a shopkeeper near Kisumu Kenya on Friday.", "Kisumu", "KE"),
        ("Two traders were stabbed in Mbarara Uganda late on Sunday.", "Mbarara", "UG"),
        ("Gunmen kidnapped a priest outside Makeni Sierra Leone on Monday.", "Makeni", "SL"),
    ],
)
def test_town_then_its_country(text: str, town: str, country: str) -> None:
    found = places_in(text)
    assert found[town].place is not None and found[town].place.country == country, found
    assert any(m.place is not None and m.place.feature == "country"
               and m.place.country == country for m in found.values()), found


def test_country_named_whole_stays_one_name() -> None:
    found = places_in("Protesters marched through Port Moresby Papua New Guinea on Monday.")
    assert found["Papua New Guinea"].place is not None
    assert found["Port Moresby"].place is not None
