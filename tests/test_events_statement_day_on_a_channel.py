"""The day of a statement put out on a channel ("in a statement on its Telegram channel on
Saturday", "in a post on the group's website Sunday") or read out on the air ("in a
statement read on state television on Sunday") is when it was said, not when the attack it
tells was made: what it tells joins the attack of its own day (texts written for these
tests)."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_ATTACK = ("Fighters of the group attacked an army base in {town} late on Friday, residents "
           "said. ")


@pytest.mark.parametrize(("town", "claim", "published", "friday"), [
    ("Marte", "In a statement on its Telegram channel on Saturday, the group claimed that its "
     "fighters had killed 14 soldiers in the attack.", "2021-05-09", "2021-05-07"),
    ("Kidal", "In a post on the group's website Sunday, it said its men had killed 6 soldiers "
     "in the attack.", "2022-10-17", "2022-10-14"),
    ("Dikwa", "In a message via its propaganda accounts on Saturday, the group said 9 soldiers "
     "had died in the attack.", "2020-03-02", "2020-02-28"),
])
def test_a_statement_day_on_a_channel_dates_no_attack(town: str, claim: str, published: str,
                                                      friday: str) -> None:
    events = [r for r in extract(_ATTACK.format(town=town) + claim, published=published,
                                 doc_id="t") if isinstance(r, Event)]
    assert [e.date_start for e in events] == [friday]
    assert events[0].fatalities is not None and events[0].fatalities > 0


def test_an_attack_on_a_channel_day_is_still_dated_by_it() -> None:
    text = ("Gunmen attacked the offices of a television channel in Kano on Saturday, "
            "killing two guards, police said.")
    events = [r for r in extract(text, published="2021-05-09", doc_id="t")
              if isinstance(r, Event)]
    assert [e.date_start for e in events] == ["2021-05-08"]


@pytest.mark.parametrize(("medium", "published"), [
    ("read on state television", "2021-03-15"),
    ("read on state radio", "2019-07-02"),
    ("aired on state television", "2023-11-20"),
])
def test_a_statement_read_on_the_air_dates_no_second_attack(medium: str,
                                                           published: str) -> None:
    text = ("Gunmen attacked an army post in Tillaberi on Friday, killing five soldiers. The "
            "attackers fired on the post for an hour before troops drove them off, the "
            f"ministry said in a statement {medium} on Sunday.")
    events = [r for r in extract(text, published=published, doc_id="t")
              if isinstance(r, Event)]
    assert len(events) == 1 and events[0].fatalities == 5
