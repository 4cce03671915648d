"""The dead and hurt of each blow of one incident told apart add up: "The first blast, at a
hotel, killed seven people ... The second blast, near a restaurant, killed four people" is
eleven dead, not the seven told again; a toll of the whole told before the blows holds
their counts."""

from __future__ import annotations

import pytest

from tests.records_factory import totals

_TWO_BLASTS = "Assailants detonated two car bombs in {place}. "


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (_TWO_BLASTS.format(place="Baidoa, Bay, Somalia") + "The first explosion, outside a hotel, "
     "killed seven people and wounded ten others. The second explosion, near a restaurant, "
     "killed four people and wounded six others.", 11, 16),
    (_TWO_BLASTS.format(place="Kirkuk, Iraq") + "The first blast killed five people. Another "
     "blast killed three people and wounded nine.", 8, 9),
    ("10/02/2014: Two suicide bombers struck Potiskum, Yobe, Nigeria. The first bomber "
     "killed twelve people at a mosque. The second bomber killed six people at a market.",
     20, 0),
])
def test_each_blows_dead_add_up(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the toll of the whole told first holds each blow's count
    ("Two blasts hit Mogadishu, Somalia, killing 11 people and wounding 16. The first "
     "explosion, outside a hotel, killed seven people. The second explosion killed four "
     "people.", 11, 16),
    # no first blow told apart: a later count of people is all the dead told again
    ("A car bomb exploded at a market in Hilla, Iraq, killing 14 people. Another bomb was "
     "defused nearby. The explosion killed 14 people, police said.", 14, 0),
])
def test_a_toll_of_the_whole_holds_the_blows(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)
