""""At" opening a sentence or a line of a list before a capitalised town is the English
preposition, not the Arabic article of "at-Tall": the place is the town alone. A name written
with the article joined by a hyphen keeps it."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(("text", "written", "admin1"), [
    ("At Dosso, gunmen attacked a customs post on Friday.", "Dosso", "Dosso"),
    ("- At Agadez, a convoy was ambushed, killing three soldiers.", "Agadez", "Agadez"),
    ("At Tillaberi, two militants were arrested.", "Tillaberi", "Tillaberi"),
])
def test_at_before_a_town_is_the_preposition(text: str, written: str, admin1: str) -> None:
    found = places_in(text)
    assert not any(name.startswith("At ") for name in found)
    place = found[written].place
    assert place is not None and place.admin1 == admin1


def test_a_hyphened_article_stays_with_the_name() -> None:
    found = places_in("At-Tall was shelled by government forces on Monday.")
    place = found["At-Tall"].place
    assert place is not None and place.country == "SY"
