"""The day of a statement put out on a channel ("in a statement on its Telegram channel on
Saturday", "in a post on the group's website Sunday") is when it was said, not when the
attack it claims was made: the claim's count joins the attack of its own day (texts written
for these tests)."""

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
