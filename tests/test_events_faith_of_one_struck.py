"""A cleric or pilgrim told by his faith names the faith's group beside the civilians."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


@pytest.mark.parametrize(("who", "group"), [
    ("a Christian pastor", "Christian Group (Nigeria)"),
    ("a Catholic priest", "Christian Group (Nigeria)"),
    ("a Muslim cleric", "Muslim Group (Nigeria)"),
])
def test_events_faith_of_the_one_struck(who: str, group: str) -> None:
    event = main_event(eventcoder.extract(
        f"On 19 August 2022, gunmen shot dead {who} near Zonkwa (Kaduna)."))
    assert isinstance(event, Event)
    assert group in event.assoc_actor_2
