"""An attack told as the reason for another act ("closed the road after an attack on a convoy
on Sunday") is not the act's doers' attack, whether or not its clause has its own day."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str, published: str) -> Event:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize(("text", "day"), [
    ("Police closed the road between Garissa and Dadaab after an attack on a convoy on "
     "Sunday.", "2024-03-10"),
    ("Police closed the road between Garissa and Dadaab after an attack on a convoy on "
     "Sunday that killed two drivers.", "2024-03-10"),
    ("Police closed the road between Garissa and Dadaab on Monday after an attack on a "
     "convoy.", "2024-03-11"),
])
def test_closers_are_no_party_to_the_attack(text: str, day: str) -> None:
    event = _event(text, "2024-03-13")
    assert event.date_start == day
    assert event.actor1 != "Police Forces of Kenya"
    assert event.actor2 != "Police Forces of Kenya"


def test_soldiers_sealing_a_market_after_a_dated_bombing() -> None:
    event = _event("Soldiers sealed off the market in Kidal after a bombing on Friday "
                   "that wounded six traders.", "2024-03-13")
    assert event.date_start == "2024-03-08"
    assert event.actor1 != "Military Forces of Mali"


def test_takers_of_a_town_after_dated_clashes_are_the_fighters() -> None:
    event = _event("On 4 May 2020, tribal fighters captured the village of Qarn from Houthi "
                   "fighters following clashes that began on 2 May.", "2020-05-06")
    assert event.actor1 == "Unidentified Tribal Militia"
    assert event.actor2 == "Houthis"


def test_act_between_two_sides_after_dated_clashes_is_theirs() -> None:
    event = _event("On 4 May 2020, tribal fighters secured the hills around Qarn, Al Bayda, "
                   "from Houthi fighters following clashes that began on 2 May.", "2020-05-06")
    assert (event.actor1, event.actor2) == ("Unidentified Tribal Militia (Yemen)", "Houthis")
