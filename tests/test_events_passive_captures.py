"""A capture told in the passive with its agent ("were captured by Afghan commandos together
with U.S. forces") is an arrest by the agent, its partner the agent's associate; a place
"captured by" fighters is territory taken, not an arrest."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "actor1", "partner", "detained"), [
    ("Five Taliban fighters were captured by Afghan commandos together with U.S. forces in a "
     "raid in Helmand on Tuesday.", "Military Forces of Afghanistan", "US forces", 5),
    ("A senior ISIS commander was captured alive by Iraqi special forces alongside coalition "
     "advisers near Mosul on Monday, the military said.", "Iraqi Security Forces", "Coalition",
     1),
    ("Six al-Shabaab fighters were captured by Somali troops along with AMISOM forces in Lower "
     "Shabelle on Sunday.", "Military Forces of Somalia", None, 6),
])
def test_a_passive_capture_is_an_arrest_by_its_agent(text: str, actor1: str,
                                                     partner: str | None,
                                                     detained: int) -> None:
    events = [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("strategic_developments", "arrests")]
    event = events[0]
    assert event.actor1 == actor1
    if partner is not None:
        assert partner in event.assoc_actor_1
    assert [c.count for c in event.casualties if c.kind == "detained"] == [detained]


@pytest.mark.parametrize("text", [
    "The town of Hawija was captured by Islamic State fighters in June 2014.",
    "The village of Khan Shaykhun was captured by rebel fighters on Monday, residents said.",
])
def test_a_place_captured_is_no_arrest(text: str) -> None:
    events = [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]
    assert all(e.sub_event_type != "arrests" for e in events)
