"""A riot between two local sides over a dispute of their own has the community, named by
its place, on each side (texts written for these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.events import _LOCAL_DISPUTE, _TWO_LOCAL_SIDES
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2021-06-10")
              if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "group"), [
    ("On 8 June 2021, two groups clashed over a land dispute in Sitapur (UP), injuring "
     "six people.", "Sitapur Communal Group (India)"),
    ("On 9 June 2021, two rival families pelted stones at each other over a boundary "
     "dispute in Kasur (Punjab). Four people were hurt.", "Kasur Communal Group (Pakistan)"),
])
def test_events_two_local_sides_are_the_place_community(text: str, group: str) -> None:
    event = _event(text)
    assert event.event_type == "riots"
    assert group in event.assoc_actor_1 and group in event.assoc_actor_2


def test_events_riot_against_police_names_no_community() -> None:
    event = _event("On 9 June 2021, villagers pelted stones at police over a land dispute "
                   "in Sitapur (UP).")
    assert not any("Communal Group" in name for name in event.assoc_actor_1)


@pytest.mark.parametrize(("pattern", "text", "found"), [
    (_TWO_LOCAL_SIDES, "two mobs clashed", True), (_TWO_LOCAL_SIDES, "two rival clans", True),
    (_TWO_LOCAL_SIDES, "two policemen", False), (_LOCAL_DISPUTE, "a property dispute", True),
    (_LOCAL_DISPUTE, "a political dispute", False),
])
def test_events_communal_words(pattern: object, text: str, found: bool) -> None:
    assert (pattern.search(text) is not None) is found  # type: ignore[attr-defined]
