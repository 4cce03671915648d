"""A first-level division written as a holder in a spelling the gazetteer lacks ("Almargeb",
"Aljfara", "Al Jabl Al Gharbi") is read as that division of a country the text points to,
and a village before it is placed there; a name followed by a holder of its own is not."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import PlaceMention
from eventcoder.places import find_places


def mentions(text: str) -> list[PlaceMention]:
    return list(find_places(clean_document(make_doc(document_from_text(text)))).places)


def placed(text: str, name: str) -> tuple[str, str, str] | None:
    found = [m for m in mentions(text) if m.text == name]
    assert found, f"no mention {name!r} in {text!r}"
    place = found[0].place
    return (place.country, place.feature, place.name) if place is not None else None


@pytest.mark.parametrize(
    ("text", "name", "division"),
    [
        ("Libyan army units shelled farms in Wadi Kaam (Almargeb) overnight.", "Almargeb",
         "Al Marqab"),
        ("A rocket fell on a school in Souq al Khamis, Aljfara, Libya, on Sunday.", "Aljfara",
         "Al Jafarah"),
        ("Libyan drones struck a convoy near Mizdah (Al Jabl Al Gharbi) at dawn.",
         "Al Jabl Al Gharbi", "Jabal al Gharbi"),
    ],
)
def test_division_spelling_as_holder(text: str, name: str, division: str) -> None:
    assert placed(text, name) == ("LY", "admin1", division)


def test_village_placed_at_the_division() -> None:
    text = "Libyan militias from Misrata abducted two traders in Zurqaniyah (Almargeb) on Friday."
    assert placed(text, "Zurqaniyah") == ("LY", "admin1", "Al Marqab")


@pytest.mark.parametrize(
    "text",
    [
        # a holder of its own follows: a district of Ituri, not Kenya's Mombasa
        "Kenyan traders were robbed near Wamba village (Mambasa, Ituri) on Monday.",
        # the text points to no country with such a division
        "Protesters marched through Old Town (Almargeb) in Brazil.",
    ],
)
def test_no_division_read(text: str) -> None:
    for mention in mentions(text):
        assert mention.reason is None or "spelling variant of the division" not in mention.reason
