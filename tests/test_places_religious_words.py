"""Words for a religious order or community are no place, whatever town shares their key."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    "text",
    [
        "The Sufi order said two of its elders were abducted on Tuesday.",
        "A bomb destroyed the Sufi shrine of a local saint before dawn.",
        "Militants attacked Sufi worshippers leaving a mosque.",
    ],
)
def test_sufi_is_no_place(text: str) -> None:
    mention = places_in(text).get("Sufi")
    assert mention is None or mention.place is None


def test_the_town_is_still_found_beside_it() -> None:
    found = places_in("Gunmen stormed a Sufi shrine in Sofia, Bulgaria, on Friday.")
    sofia = found["Sofia"].place
    assert sofia is not None and sofia.country == "BG"
    assert found.get("Sufi") is None or found["Sufi"].place is None
