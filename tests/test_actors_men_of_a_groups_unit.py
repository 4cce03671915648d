"""Armed men told as of a unit of a named group ("guerrillas from the 12th Front of the
FARC") are the group's men (texts written for these tests)."""

from __future__ import annotations

import pytest

from eventcoder.actors import _OF_A_FORMATION
from tests.event_sides import acled_sides


def _actor1(text: str, published: str) -> str | None:
    return acled_sides(text, published)[0]


@pytest.mark.parametrize(("text", "published", "group"), [
    ("On 4 June 2012, a car bomb was set off by guerrillas from the 6th Front of the "
     "Revolutionary Armed Forces of Colombia (FARC) near a police station in Toribio.",
     "2012-06-05", "FARC"),
    ("On 9 July 2012, gunmen of the Northern Bloc of the National Liberation Army (ELN) "
     "blew up a stretch of the Cano Limon pipeline near Saravena.", "2012-07-10", "ELN"),
])
def test_actors_men_of_a_unit_are_the_groups(text: str, published: str, group: str) -> None:
    actor1 = _actor1(text, published)
    assert actor1 is not None and group in actor1, actor1


@pytest.mark.parametrize("between", [
    " from the 33rd Front of the ", " of the Eastern Bloc of ",
    " belonging to its 2nd Battalion of the ",
])
def test_actors_unit_link_read(between: str) -> None:
    assert _OF_A_FORMATION.fullmatch(between) is not None


@pytest.mark.parametrize("between", [" from the town of ", " of the people of ", " from "])
def test_actors_other_links_are_no_unit(between: str) -> None:
    assert _OF_A_FORMATION.fullmatch(between) is None
