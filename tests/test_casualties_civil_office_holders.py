"""A village headman ("mukhtar"), a tribal elder, a village chief or a teacher killed is a
civilian, whatever title the report gives him."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.casualties import party_by_head
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in extract(text, published="2023-10-12") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return events[0]


@pytest.mark.parametrize("victim", [
    "the mukhtar of a village", "a tribal elder", "the headman of a hamlet",
    "a village chief", "a schoolteacher",
])
def test_casualties_civil_office_holder_is_a_civilian(victim: str) -> None:
    event = _event(f"Unknown gunmen shot dead {victim} near Tuz Khurmatu on Tuesday "
                   "evening, a local official said.")
    assert [(c.kind, c.party, c.count) for c in event.casualties] == [
        ("killed", "Civilians (Iraq)", 1)]


@pytest.mark.parametrize(("party", "read"), [
    ("mukhtar of a village", "civilians"),
    ("tribal elders", "civilians"),
    ("village chiefs", "civilians"),
    ("police chief", None),
    ("head of the operations", None),
])
def test_casualties_civil_office_by_head(party: str, read: str | None) -> None:
    assert party_by_head(party) == read
