"""Customs and border officers are the forces of the state whose frontier they guard:
"Poachers shot dead four customs officers" struck the state, not another armed group."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "Poachers shot dead four customs officers at a crossing near Lodwar, Kenya, on Sunday.",
    "Armed smugglers killed two border officers near Lodwar, Kenya, late on Sunday, a "
    "county official said.",
])
def test_frontier_officers_are_the_states_forces(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Kenya"), (
        event.actor1, event.actor2)
    assert not event.actor2.startswith("Police Forces")
