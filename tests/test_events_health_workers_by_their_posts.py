"""Doctors and staff told by their posts ("medical interns") are health workers."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


@pytest.mark.parametrize("who", ["medical interns", "Resident doctors", "house officers",
                                 "pharmacists"])
def test_events_health_workers_by_post(who: str) -> None:
    event = main_event(eventcoder.extract(
        f"On 12 October 2022, {who} protested at the teaching hospital in Ilorin (Kwara) over "
        "unpaid allowances."))
    assert isinstance(event, Event)
    assert "Health Workers (Nigeria)" in event.assoc_actor_1
