"""A taking only tried, told with the bare word of taking ("thwarted a bid by X fighters to
seize <town>", "foiled an attempt ... to capture <town>"), is a fight at that town between
the side that tried (first) and the side that stopped it; a bid to capture a person is not."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-03-12") if isinstance(r, Event)]


@pytest.mark.parametrize("text", [
    "Troops thwarted a bid by Islamic State West Africa Province fighters to seize Dikwa on "
    "Tuesday, the army said.",
    "Soldiers foiled an attempt by Islamic State West Africa Province fighters to capture the "
    "town of Dikwa on Tuesday.",
    "Nigerian troops on Monday thwarted an attempt by Islamic State West Africa Province "
    "insurgents to take over Dikwa.",
])
def test_a_tried_taking_of_a_town_is_a_fight_there(text: str) -> None:
    (event,) = _events(text)
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert (event.actor1, event.actor2) == (
        "Islamic State West Africa Province", "Military Forces of Nigeria")
    assert event.location is not None and event.location.name == "Dikwa"


def test_a_bid_to_capture_a_man_is_no_taking() -> None:
    assert all(e.sub_event_type == "arrests" or e.event_type != "battles"
               for e in _events("Police tried to capture Musa Bello in Dikwa on Tuesday."))
