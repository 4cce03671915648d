"""A drone of unknown origin is the unidentified military forces; taxi operators are labour."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.actors import resolve_actor
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


@pytest.mark.parametrize("phrase", ["a drone of unknown origin", "aircraft of unknown origin"])
def test_actors_striker_of_unknown_origin(phrase: str) -> None:
    found = resolve_actor(phrase, country="ML")
    assert found is not None
    assert found.acled_name == "Unidentified Military Forces"


def test_events_taxi_operators_protesting_are_labour() -> None:
    event = main_event(eventcoder.extract(
        "On 4 April 2022, motorcycle taxi operators demonstrated in Lira (Lira) against a new "
        "levy."))
    assert isinstance(event, Event)
    assert "Labour Group (Uganda)" in event.assoc_actor_1
