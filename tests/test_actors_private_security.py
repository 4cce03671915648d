"""A firm's guards told as private security: an armed party where they strike, civilians hit."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.actors import resolve_actor
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _event(text: str) -> Event:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    return event


def _named(event: Event, name: str | None) -> str | None:
    return event.actor_acled_names.get(name, name) if name else None


@pytest.mark.parametrize("phrase", ["private security guards", "a private guard",
                                    "private security personnel"])
def test_actors_private_security_named_as_acled_does(phrase: str) -> None:
    found = resolve_actor(phrase, country="KE")
    assert found is not None
    assert found.acled_name == "Private Security Forces (Kenya)"
    assert found.inter == 8


def test_actors_private_guards_striking_are_the_doer() -> None:
    event = _event("On 4 February 2022, private security guards at a copper mine shot and "
                   "wounded three diggers in Kolwezi (Lualaba).")
    assert _named(event, event.actor1) == "Private Security Forces (Democratic Republic of Congo)"
    assert event.event_type == "violence_against_civilians"


def test_actors_private_guard_struck_is_a_civilian() -> None:
    event = _event("On 9 July 2021, armed robbers shot dead a private security guard outside "
                   "a supermarket in Nakuru (Nakuru).")
    assert _named(event, event.actor2) == "Civilians (Kenya)"
    assert event.event_type == "violence_against_civilians"


def test_actors_bare_security_guard_is_no_private_force() -> None:
    found = resolve_actor("a security guard", country="KE")
    assert found is None or "Private Security" not in (found.acled_name or "")
