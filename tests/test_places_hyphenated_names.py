"""A hyphenated name the gazetteer writes as one word ("Fayz-Abad" for Fayzabad) is found."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.places import find_places


def resolved(text: str) -> dict[str, tuple[str, str]]:
    doc = clean_document(make_doc(document_from_text(text)))
    return {m.text: (m.place.name, m.place.country) for m in find_places(doc).places
            if m.place is not None}


@pytest.mark.parametrize(
    ("text", "written", "name", "country"),
    [
        ("Taliban fighters attacked a checkpoint in Fayz-Abad, Badakhshan, on Monday.",
         "Fayz-Abad", "Fayzabad", "AF"),
        ("Hundreds of workers rallied in Drummond-Ville, Quebec, on Friday.", "Drummond-Ville",
         "Drummondville", "CA"),
        ("Police dispersed a march in Dinaj-Pur, Bangladesh.", "Dinaj-Pur", "Dinajpur", "BD"),
    ],
)
def test_hyphenated_name_written_as_one_word(
    text: str, written: str, name: str, country: str
) -> None:
    assert resolved(text)[written] == (name, country)


def test_hyphenated_name_with_its_own_entry_is_unchanged() -> None:
    assert resolved("Clashes broke out in Pointe-Noire on Sunday.")["Pointe-Noire"][1] == "CG"
