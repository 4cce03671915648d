"""A bulletin's "Units of the Sever battlegroup hit enemy positions near X" tells a fight of
that formation's army at X, whose losses the next sentence counts: the army that hit is
the acting side, not an unnamed group of the country, and a "battlegroup" is a formation,
no battle fought by crowds."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize("text", [
    "Russian forces hit Ukrainian army positions near Kurdiumivka in the Donetsk region. "
    "Ukrainian losses amounted to up to 210 servicemen killed, the ministry said.",
    "Units of the Sever battlegroup hit enemy positions near Lyptsi in the Kharkiv region. "
    "The enemy lost up to 25 servicemen, the ministry said.",
    "Units of the Sever battlegroup attacked enemy positions near Lyptsi in the Kharkiv "
    "region, the ministry said.",
], ids=["forces-hit-positions", "battlegroup-hit", "battlegroup-attacked"])
def test_events_formation_hitting_positions_acts(text: str) -> None:
    events = [r for r in extract(text, published="2024-02-14", source="TASS")
              if isinstance(r, Event)]
    assert [(e.event_type, e.actor1) for e in events] == [("battles", "Russian Armed Forces")]
