"""A road or bridge named after a town, written with the place it runs through ("on Lahore
road in Kasur"), does not put the event in the town it is named after."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.places import find_places


def resolved(text: str) -> dict[str, str]:
    doc = clean_document(make_doc(document_from_text(text)))
    return {m.text: m.place.name for m in find_places(doc).places if m.place is not None}


@pytest.mark.parametrize(
    ("text", "road_town", "place"),
    [
        ("Traders blocked the Lahore road in Kasur city (Kasur, Punjab) on Monday.", "Lahore",
         "Kasur"),
        ("Police stopped a rally near Multan bridge in Muzaffargarh on 3 June.", "Multan",
         "Muzaffargarh"),
        ("A bomb went off on Kohat Highway in Peshawar, Pakistan.", "Kohat", "Peshawar"),
    ],
)
def test_road_town_is_not_the_place(text: str, road_town: str, place: str) -> None:
    found = resolved(text)
    assert road_town not in found
    assert place in found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # No place it runs through: the road is the only clue to where the event is.
        ("Rioters blocked the Multan highway in both directions.", "Multan"),
        # The place it runs through is unknown to the gazetteer: the town it leads to stays.
        ("A pipe bomb was found on Banbridge Road in Quillinstown, County Down.", "Banbridge"),
    ],
)
def test_road_town_kept_without_a_known_place(text: str, town: str) -> None:
    assert town in resolved(text)
