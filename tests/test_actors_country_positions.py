"""A country word before the positions, outposts or bases its forces hold ("shelled
Ukrainian positions", "attacked a Pakistani border post") names that country's forces,
the side struck."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import resolve_actor
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Ukrainian troops attacked Russian positions near Kupiansk on Friday.",
         "Armed Forces of Ukraine", "Russian Armed Forces"),
        ("Russian artillery shelled Ukrainian frontline positions near Kupiansk on Friday.",
         "Russian Armed Forces", "Armed Forces of Ukraine"),
        ("Taliban fighters attacked a Pakistani border post near Chaman on Friday.",
         "Taliban", "Military Forces of Pakistan"),
    ],
)
def test_positions_of_a_country_are_its_forces(text: str, actor1: str, actor2: str) -> None:
    events = [r for r in extract(text, published="2024-06-08") if isinstance(r, Event)]
    assert [(e.actor1, e.actor2) for e in events] == [(actor1, actor2)]


def test_a_countrys_stance_is_no_force() -> None:
    assert resolve_actor("the Russian position", country="UA") is None

