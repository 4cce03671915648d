"""Journalists struck are named beside the civilians however the report tells them: by
their outlet's initials, by where they work, or as bloggers (texts written for these
tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2021-11-05")
              if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "group"), [
    ("On 2 November 2021, gunmen shot dead a well-known NTV reporter outside his house in "
     "Kampala.", "Journalists (Uganda)"),
    ("On 3 November 2021, three reporters from a community radio station were assaulted by "
     "unknown men in Bukavu.", "Journalists (Democratic Republic of Congo)"),
    ("On 4 November 2021, unidentified men kidnapped a popular blogger from a cafe in "
     "Lahore.", "Journalists (Pakistan)"),
])
def test_events_journalists_struck_beside_the_civilians(text: str, group: str) -> None:
    event = _event(text)
    assert group in event.assoc_actor_2, (event.actor2, event.assoc_actor_2)


def test_events_party_workers_stay_the_partys_people() -> None:
    event = _event("On 4 November 2021, unidentified men shot dead two PTI workers outside "
                   "a market in Lahore.")
    assert "Labour Group (Pakistan)" not in event.assoc_actor_2
