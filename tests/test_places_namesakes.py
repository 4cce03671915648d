"""A small place named next to a division that does not hold it: no namesake from elsewhere."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import PlaceMention
from eventcoder.places import find_places


def places_in(text: str) -> dict[str, PlaceMention]:
    doc = clean_document(make_doc(document_from_text(text)))
    return {m.text: m for m in find_places(doc).places}


@pytest.mark.parametrize(
    ("text", "village", "division", "country", "admin1"),
    [
        # The gazetteer knows these names only as villages in other oblasts.
        ("Artillery fire hit houses in Orikhove, Luhansk region, late on Tuesday.",
         "Orikhove", "Luhansk", "UA", "Luhansk"),
        ("Separatist units fired mortars at Ukrainian positions near Sokilnyky, Donetsk.",
         "Sokilnyky", "Donetsk", "UA", "Donetsk"),
        ("Shelling damaged a school in Kamianka, Donetsk oblast.",
         "Kamianka", "Donetsk", "UA", "Donetsk"),
    ],
)
def test_village_outside_the_named_division_is_left_to_it(
    text: str, village: str, division: str, country: str, admin1: str
) -> None:
    found = places_in(text)
    assert found[village].place is None
    assert "division named next to it" in (found[village].reason or "")
    place = found[division].place
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A big town named with a division that the gazetteer spells otherwise stays the town.
        ("Traders protested in Nawabshah city (Nawabshah, Punjab) against new taxes.",
         "Nawabshah", "PK"),
        # A list of divisions is not 'place, division'.
        ("Workers asked to go home to Uttar Pradesh, Odisha and Bihar.", "Uttar Pradesh", "IN"),
    ],
)
def test_large_or_listed_places_stay_resolved(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.country == country
