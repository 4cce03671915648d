"""Wordings that write a name the gazetteer lacks as a place, with where it lies after it:
a verb acting on it before a bracketed holder ("militants attacked Tolkhana (Kelwani,
Kitui)"), the surroundings of it ("the outskirts of Tolkhana in Kitui"), a front named
after it ("on the Tolkhana frontline (Kelwani, Kitui)"). Each is named as written and
placed at its holder."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    "text",
    [
        # a verb acts on it, a bracket says where it lies
        "On 1 May, militants attacked Tolkhana (Kelwani, Kitui) and burned huts.",
        "On 2 May, the army recaptured Tolkhana village (Kitui).",
        # its surroundings
        "Soldiers shelled the outskirts of Tolkhana in Kitui on Sunday.",
        "Rebels attacked troops in the vicinity of Tolkhana village (Kitui).",
        # a front named after it
        "Fighters clashed on the Tolkhana frontline (Kelwani, Kitui) on Sunday.",
        "Clashes took place on Tolkhana front in Kitui.",
    ],
)
def test_places_unknown_name_placed_at_its_holder(text: str) -> None:
    mention = places_in(text)["Tolkhana"]
    assert mention.place is not None and mention.place.name == "Kitui"
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)
