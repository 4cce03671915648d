"""The places stage on odd input: never a crash, offsets always point at the mention."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.mentions import Doc
from eventcoder.places import find_places
from eventcoder.records import Document

WORDS = st.sampled_from(
    ["Mosul", "Deir", "ez-Zor", "al-Hasakeh", "Idleb", "province", "near", "in", "the", "(",
     ")", ",", ".", "Kaduna", "State", "US", "ISIS", "Gen.", "Tripoli", "Lebanon", "de", "Rio",
     "Janeiro", "'s", "\u2019", "Ḩalab", "\n", "  ", "-", "Jabal", "Hamrin", "countryside",
     "of", "Ta'izz", "DAYR", "AZ-ZAWR", "حلب", "Zamboanga", "del", "Norte", "123", "Boko",
     "Haram", "Qwertabad", "town", "Multan", "Punjab"]
)


def run(text: str) -> Doc:
    doc = Doc(document=Document(doc_id="x", text=text), text=text, sentences=((0, len(text)),))
    return find_places(doc)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_places_robustness_offsets_match_text(text: str) -> None:
    for found in run(text).places:
        assert text[found.start : found.end] == found.text
        assert found.geo_precision in (1, 2, 3)
        assert found.place is not None or found.reason


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_places_robustness_any_text(text: str) -> None:
    for found in run(text).places:
        assert 0 <= found.start < found.end <= len(text)


def test_places_robustness_shouting_headline() -> None:
    places = run("GUNMEN KILL FIVE IN KADUNA, NIGERIA").places
    assert [(m.text, m.place.country if m.place else None) for m in places] == [
        ("KADUNA", "NG"), ("NIGERIA", "NG"),
    ]


def test_places_robustness_long_document_mentions_in_order() -> None:
    text = "Clashes were reported near Mosul and in Kirkuk, Iraq. " * 400
    places = run(text).places
    assert len(places) == 1200
    assert [m.start for m in places] == sorted(m.start for m in places)
