"""Parts of a person's name are no places: a name after a title, a surname after "de la"
inside a full name, a two-word name followed by a speech verb."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Vicente Sainz de la Peña, the mayor of Bucaramanga, Colombia, said two men were "
         "shot dead in the market.",
         ("Vicente", "Peña")),
        ("In Spain, Rosa Elena Iglesias del Castillo was detained by police in Madrid.",
         ("Rosa", "Elena", "Iglesias", "Castillo")),
        ("Defense Secretary Ash Carter said the strike killed a senior commander.",
         ("Ash Carter", "Carter")),
        ("Ash Carter said on Tuesday that the raid had killed a senior commander.",
         ("Ash Carter", "Carter")),
    ],
)
def test_personal_name_is_no_place(text: str, words: tuple[str, ...]) -> None:
    found = places_in(text)
    for word in words:
        assert word not in found  # not even an unresolved place mention


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("New Delhi said the talks had failed after the border clash.", "New Delhi", "IN"),
        ("A blast hit a market in San Juan de la Maguana on Friday.",
         "San Juan de la Maguana", "DO"),
    ],
)
def test_places_so_written_stay_places(text: str, name: str, country: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.country == country
