"""Two forces that met a protest: both on its second side ("army and police forces dispersed
the protesters"), and two force words sharing one head noun are two forces ("military and
police forces")."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Military and Police forces reopened the road.",
         [("Military", "state_forces"), ("Police forces", "police")]),
        ("security and police forces arrested them.",
         [("security", "state_forces"), ("police forces", "police")]),
    ],
)
def test_actors_two_force_words_with_one_head(text: str,
                                              expected: list[tuple[str, str]]) -> None:
    found = match_actors(text, country="JO", when=date(2022, 5, 1))
    assert [(m.text, m.kind) for m in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 21 May 2022, army and police forces dispersed protesters in Irbid with tear gas.",
        "On 21 May 2022, protesters blocked roads in Zarqa. Military and police forces "
        "reopened the roads and detained five protesters.",
        "On 21 May 2022, the police and gendarmerie intervened to disperse a demonstration of "
        "teachers in Mafraq.",
    ],
)
def test_events_both_forces_met_the_protest(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 == "Protesters (Jordan)"
    assert not [n for n in event.assoc_actor_1 if n.startswith(("Military", "Police"))]
    sides = {event.actor2, *event.assoc_actor_2}
    assert sides == {"Military Forces of Jordan", "Police Forces of Jordan"}
