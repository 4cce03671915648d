"""Raid and strike bulletins told in other shapes, each under ``fixtures/raids``, written for
these tests.

A translated release whose headline says the forces "foil" an attempt ("Security forces
foil infiltration attempt") above "A force of the Federal Police repelled ... an attack by
the terrorist elements on one of its points": the terrorist elements attacked the police,
and "the martyrdom of two members" and "the killing of one of the attackers" are three dead.
A military that revises the toll of an air strike on militants ("revised the number of
militants killed in an air strike ... to nine, down from 14") flew it, where no one else is
named: nine dead, not 14 nor 23.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Event
from tests.conftest import fixture_records


def _events(name: str, published: str) -> list[Event]:
    return [r for r in fixture_records("raids", name, published)
            if isinstance(r, Event) and not r.background]


def _count(event: Event, kind: str) -> int:
    return sum(c.count or 0 for c in event.casualties if c.kind == kind)


# name: (published, date_start, admin1, sub-event, actor1, actor2, killed, wounded)
CASES = {
    "mt-terrorist-elements-martyrdom": (
        "2024-03-14", "2024-03-14", "Salah ad Din", "armed_clash",
        "Unidentified Armed Group (Iraq)", "Police Forces of Iraq", 3, 3),
    "wire-strike-toll-revised-down": (
        "2024-03-16", "2024-03-14", "Khyber Pakhtunkhwa", "air_drone_strike",
        "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan", 9, 2),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bulletin_read(name: str) -> None:
    published, day, admin1, sub_event, actor1, actor2, killed, wounded = CASES[name]
    [event] = _events(name, published)
    assert (event.date_start, event.location.admin1, event.sub_event_type) == (
        day, admin1, sub_event)
    assert (event.actor1, event.actor2) == (actor1, actor2)
    assert (_count(event, "killed"), _count(event, "wounded"), event.fatalities) == (
        killed, wounded, killed)
