"""A bare count after a suicide bomber counted dead ("killing seven people and wounding at
least 12") is not of the bomber's side: the bomber is one attacker, not the people hurt."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize("wounded", ["at least 12", "12"])
def test_quantities_bare_count_after_a_dead_bomber(wounded: str) -> None:
    [event] = [r for r in extract(
        "A suicide bomber blew himself up at the gate of a hotel in the Somali town of Baidoa on "
        f"Thursday, killing seven people and wounding {wounded}, police said.",
        published="2025-06-13") if isinstance(r, Event)]
    hurt = [c for c in event.casualties if c.kind == "wounded"]
    assert [c.count for c in hurt] == [12]
    assert all(c.party is None or "Civilians" in c.party for c in hurt)


def test_quantities_bare_count_after_soldiers_still_theirs() -> None:
    [event] = [r for r in extract(
        "A suicide bomber blew himself up at a checkpoint in the Somali town of Baidoa on "
        "Thursday, killing seven soldiers and wounding 12, police said.",
        published="2025-06-13")
        if isinstance(r, Event)]
    assert {c.party for c in event.casualties if c.kind == "wounded"} == {
        "Military Forces of Somalia"}
