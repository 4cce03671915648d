"""A name of two or three words the gazetteer lacks, one word of which alone is some small
town abroad read weakly and set aside ("at Hamar Baray (Afgooye, Lower Shabelle)": Hamar is
a town of Norway), written where a place goes with where it lies after it, is named whole
and placed at that holder, as a name none of whose words the gazetteer knows is."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("On 3 May 2023, gunmen killed a soldier at Hamar Baray (Afgooye, Lower Shabelle).",
         "Hamar Baray", "Afgooye"),
        ("On 3 May 2023, militants raided a camp near Hamar Barrey (Afgooye, Lower "
         "Shabelle).", "Hamar Barrey", "Afgooye"),
    ],
)
def test_places_unknown_name_over_weak_word(text: str, name: str, holder: str) -> None:
    found = places_in(text)
    assert "Hamar" not in found
    mention = found[name]
    assert mention.place is not None and mention.place.name == holder
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)
