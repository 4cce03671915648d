"""An abbreviation one letter off another state's forces' ("FAIB" beside Venezuela's FANB)
is no typo of them in a report about a third country: a state's forces are read from a
near spelling only in their own state."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def _actors(pipeline: RulePipeline, text: str) -> list[str]:
    event = only_event(pipeline, text)
    return [a for a in (event.actor1, *event.assoc_actor_1, event.actor2,
                        *event.assoc_actor_2) if a]


def test_actors_near_abbreviation_abroad_is_no_army(pipeline: RulePipeline) -> None:
    actors = _actors(pipeline, "On 2 March 2022, many members of the Catholic community "
                               "staged a sit-in before the offices of the Federation of "
                               "Catholic Parishes of Burkina (FAIB) in Bobo-Dioulasso "
                               "(Houet), demanding the reopening of churches.")
    assert "Military Forces of Venezuela" not in actors


def test_actors_abbreviation_of_the_army_at_home(pipeline: RulePipeline) -> None:
    actors = _actors(pipeline, "On 2 March 2022, FANB troops clashed with ELN fighters near "
                               "Guasdualito, Apure, Venezuela.")
    assert "Military Forces of Venezuela" in actors
