"""Lawyers are their own group beside the protesters they join or the civilians struck."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _event(text: str) -> Event:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    return event


@pytest.mark.parametrize("who", ["Lawyers", "Members of the bar", "Legal practitioners"])
def test_events_lawyers_protesting(who: str) -> None:
    event = _event(f"On 6 February 2024, {who} marched to the high court in Peshawar "
                   "(Khyber Pakhtunkhwa) to protest a new fee on case filings.")
    assert "Lawyers (Pakistan)" in event.assoc_actor_1


def test_events_lawyer_struck() -> None:
    event = _event("On 19 May 2023, unknown gunmen shot dead a lawyer near the district court "
                   "in Machakos (Machakos).")
    assert "Lawyers (Kenya)" in event.assoc_actor_2

