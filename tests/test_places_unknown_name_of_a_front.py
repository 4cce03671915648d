"""A front named after a place the gazetteer lacks, with where it lies after it ("on the
Tolkhana frontline (Kelwani, Kitui)", "on Tolkhana front in Kitui"), names that place:
it is named as written and placed at its holder."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    "text",
    [
        "Fighters clashed on the Tolkhana frontline (Kelwani, Kitui) on Sunday.",
        "Clashes took place on Tolkhana front in Kitui.",
    ],
)
def test_places_front_named_after_a_place_placed_at_its_holder(text: str) -> None:
    mention = places_in(text)["Tolkhana"]
    assert mention.place is not None and mention.place.name == "Kitui"
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)
