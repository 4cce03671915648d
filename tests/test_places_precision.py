"""Modifiers around a place name set ACLED's geo_precision."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import PlaceMention
from eventcoder.places import find_places


def mention(text: str, name: str) -> PlaceMention:
    doc = find_places(clean_document(make_doc(document_from_text(text))))
    found = [m for m in doc.places if m.text == name]
    assert found, f"{name!r} not among {[m.text for m in doc.places]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "precision", "modifier"),
    [
        ("Gunmen killed a farmer in Kajuru, Kaduna State.", "Kajuru", 1, None),
        ("Clashes were reported near Kramatorsk on Friday.", "Kramatorsk", 2, "near"),
        ("Shelling hit the outskirts of Mosul overnight.", "Mosul", 2, "outskirts of"),
        ("Regime forces advanced in the northern countryside of Aleppo.", "Aleppo", 2,
         "northern countryside of"),
        ("Fighting continued in the Hama countryside.", "Hama", 2, "countryside"),
        ("An airstrike hit a position 10 km north of Kandahar.", "Kandahar", 2,
         "10 km north of"),
        ("Fighting resumed on the Marib front.", "Marib", 2, "front"),
        ("Rebels attacked an army post just outside Goma.", "Goma", 2, "outside"),
        ("Militants attacked villages in Borno State.", "Borno State", 3, "state"),
        ("Militants attacked villages in Borno state.", "Borno", 3, "state"),
        ("Airstrikes were reported in Idlib province.", "Idlib", 3, "province"),
        ("Two soldiers died in Khanaqin district.", "Khanaqin", 2, "district"),
        ("Protests spread across Iraq.", "Iraq", 3, None),
    ],
)
def test_places_precision_from_modifiers(
    text: str, name: str, precision: int, modifier: str | None
) -> None:
    found = mention(text, name)
    assert found.place is not None, found.reason
    assert found.geo_precision == precision
    assert found.modifier == modifier


def test_places_precision_offsets_point_at_the_name() -> None:
    text = "On 3 May, ISIS attacked a checkpoint near Tuz Khurmatu, Salah ad Din."
    found = mention(text, "Tuz Khurmatu")
    assert text[found.start : found.end] == "Tuz Khurmatu"
    assert found.place is not None and found.place.admin1 == "Salah ad Din"
    assert found.score > 0.5
