"""A name the gazetteer lacks, written as the surroundings of which something happened
("the outskirts of Tolkhana in Kitui", "the vicinity of Tolkhana village (Kitui)"), is a
place as surely as one after "near": it is named as written and placed at its holder."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers shelled the outskirts of Tolkhana in Kitui on Sunday.",
        "Rebels attacked troops in the vicinity of Tolkhana village (Kitui).",
    ],
)
def test_places_unknown_name_in_surroundings_placed_at_its_holder(text: str) -> None:
    mention = places_in(text)["Tolkhana"]
    assert mention.place is not None and mention.place.name == "Kitui"
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)
