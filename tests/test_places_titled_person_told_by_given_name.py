"""A titled person named in full ("Colonel Prawit Chaiyasit") and told again by his given
name ('"...," Prawit said', as Thai reports do) is a person, not the place of that name; a
title before one name alone names no given name of a longer one."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "Militants attacked an outpost in Rueso district on Saturday, said Colonel Prawit "
    "Chaiyasit, a spokesman for the regional command. \"They studied the camp,\" Prawit said.",
    "Gunmen fired on a patrol in Rueso district, said Lt. Col. Prawit Chaiyasit. Prawit "
    "said the patrol returned fire.",
])
def test_places_given_name_of_a_titled_person_is_no_place(text: str) -> None:
    found = places_in(text)
    assert "Prawit" not in found or found["Prawit"].place is None, found
    assert found["Rueso"].place is not None


def test_places_town_named_after_the_title_alone_is_still_read() -> None:
    found = places_in("Colonel Somchai said militants attacked an outpost on Saturday. "
                      "Troops were sent to Rueso and Pattani.")
    assert found["Pattani"].place is not None and found["Rueso"].place is not None
