"""A name the gazetteer lacks, written as the object of a verb whose object is only ever a
place ("artillery shelled Tolkhana in Kitui", "insurgents stormed Marakwenti in Kandahar"),
with "in" where it lies after it, is named as written and placed at its holder, as "in
Tolkhana in Kitui" is. A verb that may take a person ("police detained Tolkhana in Kitui")
tells no place. And a date or a label with a colon opens a sentence, whose capitalised "In"
is the cue of the name after it, not part of it ("03/14/2012: In Dhuunweyne, Kitui, ...")."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("On Sunday, government artillery shelled Tolkhana in Kitui.", "Tolkhana", "Kitui"),
        ("Insurgents stormed Marakwenti in Kandahar province overnight.", "Marakwenti",
         "Kandahar"),
        ("Militia fighters besieged Xalcuatepec in Guerrero for three days.", "Xalcuatepec",
         "Guerrero"),
        ("Rebels bombarded Ngarumbe in Kitui with mortars.", "Ngarumbe", "Kitui"),
    ],
    ids=["shelled", "stormed", "besieged", "bombarded"],
)
def test_places_unknown_name_object_of_place_verb(text: str, name: str, holder: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.name == holder
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)


def test_places_unknown_name_object_of_other_verb_not_a_place() -> None:
    assert "Tolkhana" not in places_in("On Sunday, police detained Tolkhana in Kitui.")


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("03/14/2012: In Dhuunweyne, Kitui, Kenya, gunmen shot a teacher.", "Dhuunweyne",
         "Kitui"),
        ("Unrest: In Marakwenti, Kandahar, a bomb killed two herders.", "Marakwenti",
         "Kandahar"),
    ],
    ids=["date", "label"],
)
def test_places_colon_opens_sentence_before_unknown_name(text: str, name: str,
                                                         holder: str) -> None:
    found = places_in(text)
    assert f"In {name}" not in found
    mention = found[name]
    assert mention.place is not None and mention.place.name == holder
