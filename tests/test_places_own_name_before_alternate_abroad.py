"""A name written letter for letter as a village's own name is that village sooner than a
larger town abroad that bears the name only among its GeoNames alternate names: those are
often a name in another language or an older one ("Rann" is the German name of Slovenia's
Brezice, "Doumba" one of Cameroon's Djohong), which a report of the village does not mean."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Bandits set fire to three granaries in Rann before dawn.", "Rann", "NG"),
        ("Two herders were shot dead near Doumba on the road to the market.", "Doumba", "ML"),
    ],
)
def test_places_own_name_before_an_alternate_name_abroad(
    text: str, name: str, country: str
) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.country == country
