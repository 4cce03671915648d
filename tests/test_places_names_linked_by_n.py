"""Tamasheq names link their words by "n" ("of"): "Ti-n-Essako", "Tin-Zaouatene". The
lower-case link joins the name as a connector does; its last word alone is no place."""

from __future__ import annotations

from tests.places_text import places_in


def test_places_name_linked_by_n_read_whole() -> None:
    found = places_in("Armed men burned two trucks on the road to Ti-n-Essako on Sunday.")
    assert "Ti-n-Essako" in found
    mention = found["Ti-n-Essako"]
    assert mention.place is not None and mention.place.country == "ML"
    assert "Essako" not in found


def test_places_lone_n_between_ordinary_words_joins_nothing() -> None:
    found = places_in("Fans played rock n roll music in Kabul on Friday.")
    assert "Kabul" in found
    assert not any(" n " in name for name in found)
