"""A name the gazetteer lacks that a verb acts on, with where it lies in brackets after it
("militants attacked Tolkhana (Kelwani, Kitui)"), is a place as surely as one after "in":
it is named as written and placed at its holder."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    "text",
    [
        "On 1 May, militants attacked Tolkhana (Kelwani, Kitui) and burned huts.",
        "On 2 May, the army recaptured Tolkhana village (Kitui).",
    ],
)
def test_places_unknown_name_after_a_verb_placed_at_its_holder(text: str) -> None:
    mention = places_in(text)["Tolkhana"]
    assert mention.place is not None and mention.place.name == "Kitui"
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)
