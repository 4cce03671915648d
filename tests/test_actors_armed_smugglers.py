"""Smugglers and poachers told armed are an unidentified armed group."""

from __future__ import annotations

import pytest

from eventcoder.actors import resolve_actor


@pytest.mark.parametrize("phrase", ["armed smugglers", "armed poachers"])
def test_actors_armed_smugglers_are_an_armed_group(phrase: str) -> None:
    found = resolve_actor(phrase, country="CO")
    assert found is not None
    assert found.acled_name == "Unidentified Armed Group (Colombia)"
