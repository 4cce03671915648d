"""The Philippines' word for a village written before a name the gazetteer lacks ("in
Barangay Tolkhana, Virac, Catanduanes") is no part of the name: the village is named
without it, and placed at its holder."""

from __future__ import annotations

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


def test_places_barangay_word_left_out_of_the_name() -> None:
    found = places_in("Soldiers clashed with rebels in Barangay Tolkhana, Virac, Catanduanes.")
    assert "Barangay Tolkhana" not in found
    mention = found["Tolkhana"]
    assert mention.place is not None and mention.place.name == "Virac"
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)
