"""Who some of the counted were, told after them ("elders said four of the dead were
shepherds", "eleven of those killed were police officers"), is a part of the dead already
counted, whatever side the part is of: never more dead."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in extract(text, published="2024-03-14") if isinstance(r, Event)]
    assert len(events) == 1, events
    return events[0]


def _counts(event: Event, kind: str) -> dict[str | None, int | None]:
    return {c.party: c.count for c in event.casualties if c.kind == kind}


def test_some_of_the_dead_said_to_be_civilians_are_a_part() -> None:
    event = _event("Security forces killed 9 suspected militants near Tal Afar on Monday, "
                   "police said. Tribal elders said four of the dead were shepherds.")
    assert event.fatalities == 9
    assert _counts(event, "killed").get("Civilians (Iraq)") == 4


@pytest.mark.parametrize(("text", "kind"), [
    ("A bomb killed 20 people in Quetta on Monday. Eleven of those killed were police "
     "officers.", "killed"),
    ("A bomb wounded 20 people in Quetta on Monday. Eleven of the injured were police "
     "officers.", "wounded"),
])
def test_some_of_the_counted_take_the_side_they_are_told_of(text: str, kind: str) -> None:
    counts = _counts(_event(text), kind)
    assert counts.get("Police Forces of Pakistan") == 11, counts
    assert sum(c or 0 for c in counts.values()) == 20


def test_some_of_those_killed_told_sentences_later_are_a_part() -> None:
    event = _event("Nine people were killed and 21 were hurt when a car packed with "
                   "explosives blew up beside a bus station in Mosul on Monday. The car had "
                   "been parked there since dawn, a witness told reporters at the scene. "
                   "Four of those killed were soldiers.")
    counts = _counts(event, "killed")
    assert sum(c or 0 for c in counts.values()) == 9, counts
    assert event.fatalities == 9


def test_some_of_the_dead_taken_to_hospital_are_no_side() -> None:
    event = _event("A bomb killed 20 people in Quetta on Monday. Eleven of the dead were "
                   "taken to a hospital in the city.")
    assert event.fatalities == 20
