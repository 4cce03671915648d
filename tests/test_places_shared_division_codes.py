"""A division code that several countries use ("KN": Kinshasa, Kano, Qena...) is read in a
country the other names of the text may lie in, and dropped where none of its readings is."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.places import find_places


def resolved(text: str) -> dict[str, tuple[str, str | None]]:
    doc = clean_document(make_doc(document_from_text(text)))
    return {m.text: (m.place.country, m.place.admin1) for m in find_places(doc).places
            if m.place is not None}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "KN" is no code of an Indian state here: the towns before it decide.
        ("Nurses protested in Nelamangala town (Doddaballapura, KN) over pay.", "Nelamangala",
         "IN"),
        ("Residents protested in Kano town (Rimin Gado, KN) on Sunday.", "Rimin Gado", "NG"),
        ("Women protested in Keylong town (Lahaul, HP) over entry rules.", "HP", "IN"),
    ],
)
def test_shared_code_follows_the_other_names(text: str, name: str, country: str) -> None:
    found = resolved(text)
    assert found[name][0] == country
    assert all(c == country for c, _ in found.values())


def test_code_of_one_division_stands_alone() -> None:
    # Person names with readings abroad do not unseat "J&K", a code of one division only.
    found = resolved("Youths pelted stones in Kulpora town (Budgam district, J&K) after "
                     "the killing of Reyaz Naikoo.")
    assert found["J&K"] == ("IN", "Jammu and Kashmir")
