"""Words of violence that tell none: resources "to attack the virus" attack no one; and a
confrontation between students and security forces is a riot, as clashes of a crowd with the
police are, not an attack on civilians. Bombs or devices that "had gone off" are explosions."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_ATTACK_TYPES = {"battles", "explosions_remote_violence", "violence_against_civilians"}


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event)]


@pytest.mark.parametrize(
    "text",
    [
        "The health minister said on Monday that the decree frees money and staff "
        "to attack the virus in Lara state.",
        "Clinics in Zulia will get new funds to attack the outbreak, officials said.",
    ],
)
def test_events_attacking_a_disease_is_no_attack(text: str) -> None:
    assert not [e for e in _events(text) if e.event_type in _ATTACK_TYPES]


def test_events_students_against_security_forces_is_a_riot() -> None:
    events = _events(
        "A reported confrontation around the college grounds in Lara state between "
        "students and security forces left a student injured.")
    assert events
    assert events[0].event_type == "riots", [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "By nightfall some 14 bombs had gone off in Derry, police said.",
        "Two devices went off near the market in Jos on Sunday.",
    ],
)
def test_events_bombs_that_went_off(text: str) -> None:
    events = _events(text)
    assert events and events[0].event_type == "explosions_remote_violence"
