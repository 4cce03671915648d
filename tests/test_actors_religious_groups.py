"""Protesters, rioters and civilians told by their faith ("a Muslim mob", "residents of
the Christian community") have ACLED's religious group beside them (texts written for
these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.actors import find_identities
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2022-08-20")
              if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "group"), [
    ("On 18 August 2022, a Hindu mob stoned a police van in Jaipur after a procession was "
     "stopped.", "Hindu Group (India)"),
    ("On 19 August 2022, residents of the Christian community staged a demonstration in "
     "Lahore against the arrest of a pastor.", "Christian Group (Pakistan)"),
    ("On 17 August 2022, Muslim protesters marched in Colombo against a ban on cremation "
     "rules.", "Muslim Group (Sri Lanka)"),
])
def test_actors_faith_of_protesters_or_rioters(text: str, group: str) -> None:
    assert group in _event(text).assoc_actor_1


def test_actors_faith_of_civilians_struck() -> None:
    event = _event("On 16 August 2022, gunmen attacked Christians at a village near Jos, "
                   "killing five.")
    assert "Christian Group (Nigeria)" in event.assoc_actor_2


@pytest.mark.parametrize("text", [
    "The Muslim Brotherhood issued a statement.",
    "a Christian charity delivered food",
    "Hindu nationalist leaders met in Delhi",
])
def test_actors_faith_adjective_alone_names_no_group(text: str) -> None:
    assert find_identities(text, 0, len(text)) == []
