""""Monday's attack" told after the event of that Monday points back to it (texts written for
these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event

LEAD = ("A constable was killed when gunmen fired on a police post in Moirang on Monday, "
        "officials said on Wednesday. ")


def _events(text: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published="2024-09-04") if isinstance(r, Event)]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_the_attack_of_a_day_told_before_is_no_new_incident(apostrophe: str) -> None:
    text = (LEAD + "Police arrested five men in Churachandpur on Tuesday. It was not clear "
            f"whether they were linked to Monday{apostrophe}s attack, a police statement said.")
    events = _events(text)
    assert sorted(e.date_start or "" for e in events) == ["2024-09-02", "2024-09-03"]
    assert [e.sub_event_type for e in events if e.date_start == "2024-09-03"] == ["arrests"]


def test_an_attack_of_another_day_by_possessive_is_still_told() -> None:
    text = (LEAD + "Sunday's attack on a bus in Churachandpur killed three people, police said.")
    assert sorted(e.date_start or "" for e in _events(text)) == ["2024-09-01", "2024-09-02"]
