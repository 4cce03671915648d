"""A release that opens on why the force acted ("On reported presence of terrorists,
security forces conducted an operation ..., killing 4 terrorists") names the force as the
one that acted and those whose presence was reported as those it acted upon."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-05-21") if isinstance(r, Event)]


def test_those_whose_presence_was_reported_are_struck() -> None:
    text = ("On reported presence of terrorists, security forces conducted an intelligence "
            "based operation in Bannu district on Monday, killing 3 terrorists, the ISPR "
            "said.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].actor1 == "Military Forces of Pakistan"
    assert events[0].actor2 is not None and events[0].actor2 != events[0].actor1
    assert events[0].fatalities == 3
