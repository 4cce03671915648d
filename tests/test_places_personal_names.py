"""Parts of a person's name are no places: a name after a title, a surname after "de la"
inside a full name, a two-word name followed by a speech verb, a surname after a speech verb
and a given name ("said Mary Njeri, whose husband ...")."""

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
        ("Two years have passed, said Mary Njeri, whose husband was among those killed.",
         ("Njeri",)),
        ('"We ran," said Amina Kano, a trader who saw the blast.', ("Kano",)),
        ('"They came at night," added Juan Medina, a farmer from the area.', ("Medina",)),
        ("The convoy was hit on the road, according to Ali Garowe, a driver.", ("Garowe",)),
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
        ("Gunmen killed three people in Kano, police said on Sunday.", "Kano", "NG"),
        ("The blast was near Garowe, officials told reporters.", "Garowe", "SO"),
        ("Residents said North Darfur was calm after the fighting.", "North Darfur", "SD"),
        ("A blast hit a market in San Juan de la Maguana on Friday.",
         "San Juan de la Maguana", "DO"),
    ],
)
def test_places_so_written_stay_places(text: str, name: str, country: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.country == country
