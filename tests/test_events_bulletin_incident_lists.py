"""Incidents as a humanitarian bulletin lists them, one a bullet: "killing 12 civilians,
including five children" is twelve civilians, the children among them, not two counts of
civilians."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published="2023-09-20")
            if isinstance(r, Event)]


def _killed(event: Event) -> dict[str | None, int | None]:
    return {c.party: c.count for c in event.casualties if c.kind == "killed"}


@pytest.mark.parametrize(
    "text",
    [
        "On 18 September, militiamen raided a camp for displaced people near Kailahun, "
        "Sierra Leone, killing 9 civilians, including four children, and wounding six others.",
        "On 18 September, armed men attacked the market of Kailahun, Sierra Leone, killing "
        "three civilians, including a child.",
    ],
    ids=["killing-nine-four-children", "killing-three-a-child"],
)
def test_a_part_told_after_the_killing_stays_inside_one_count(text: str) -> None:
    events = _events(text)
    assert len(events) == 1, [e.notes for e in events]
    killed = _killed(events[0])
    assert list(killed.values()) in ([9], [3]), killed
    assert events[0].fatalities == next(iter(killed.values()))


def test_a_part_of_another_side_is_still_told_apart() -> None:
    events = _events("On 18 September, armed men attacked a checkpoint near Kailahun, Sierra "
                     "Leone, killing 9 people, including four soldiers.")
    assert len(events) == 1
    assert sorted(c for c in _killed(events[0]).values() if c is not None) == [4, 5]
    assert events[0].fatalities == 9
