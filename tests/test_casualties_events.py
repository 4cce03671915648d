"""Casualties stay with the event they belong to when a report goes on about them."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event) and not r.background]


def _counts(event: Event) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in event.casualties:
        out[c.kind] = out.get(c.kind, 0) + (c.count if c.count is not None else (c.low or 0))
    return out


@pytest.mark.parametrize("name", ["Hassan", "Rashid", "Mansur", "Qasim", "Jamal"])
def test_casualties_events_a_victim_named_like_a_town_is_no_new_place(name: str) -> None:
    text = (f"On Monday, unknown assailants detonated a bomb at a house in Baquba, Iraq. "
            f"The blast killed {name} and wounded his wife and two sons.")
    events = _events(text)
    assert len(events) == 1
    assert _counts(events[0]) == {"killed": 1, "wounded": 3}


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 5 March 2014, gunmen kidnapped two engineers near Kandahar, Afghanistan. "
         "The two engineers were killed on 9 March 2014 in Helmand.", 2),
        ("On 12 June 2016, militants abducted a village chief, Ahmad Wali, in Ghazni, "
         "Afghanistan. On 15 June 2016 Wali was found dead near Jaghori.", 1),
        ("On 2 May 2013, armed men kidnapped a teacher in Mosul, Iraq. "
         "He was killed on 4 May 2013 and his body was left by a road.", 1),
        ("On 8 August 2012, gunmen abducted a contractor in Kirkuk, Iraq. "
         "The body of the contractor was found on 10 August 2012.", 1),
    ],
)
def test_casualties_events_captives_killed_later_belong_to_the_abduction(
    text: str, killed: int
) -> None:
    events = _events(text)
    assert len(events) == 1
    counts = _counts(events[0])
    assert counts.get("killed") == killed
    assert counts.get("abducted", 0) >= 1


def test_casualties_events_new_victims_on_another_day_are_another_event() -> None:
    text = ("On 5 March 2014, gunmen kidnapped two engineers near Kandahar, Afghanistan. "
            "On 9 March 2014, militants killed four soldiers in Herat.")
    events = _events(text)
    assert len(events) == 2
    assert "killed" not in _counts(events[0])
    assert _counts(events[1]).get("killed") == 4
