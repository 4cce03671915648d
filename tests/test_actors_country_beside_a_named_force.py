"""A country word joined by "and" to a named force's name that ends in a force noun ("U.S.
and Coalition military forces", "French and coalition aircraft") names that country's
forces beside the named force, both on the side that acted."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "country", "state"), [
    ("U.S. and Coalition military forces struck ISIS targets.", "SY",
     "Military Forces of the United States"),
    ("French and coalition aircraft bombed an ISIS depot.", "IQ",
     "Military Forces of France"),
    ("Danish and Coalition forces trained a brigade.", "IQ", "Military Forces of Denmark"),
])
def test_actors_country_word_shares_the_named_forces_noun(text: str, country: str,
                                                          state: str) -> None:
    names = [m.acled_name or m.name for m in match_actors(text, country=country)]
    assert any(n.startswith(state) for n in names), names
    assert "Global Coalition Against Daesh" in names, names


def test_actors_place_before_the_named_force_is_no_force() -> None:
    names = [m.acled_name or m.name
             for m in match_actors("Fighting went on in Iraq and coalition forces withdrew.",
                                   country="IQ")]
    assert not any(n.startswith("Military Forces of Iraq") for n in names), names


def test_events_both_forces_are_the_side_that_struck(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 4 June 2019, U.S. and Coalition military forces conducted "
                                 "three strikes against ISIS fighters near Hajin, Syria.")
    sides = [event.actor1, *event.assoc_actor_1]
    assert any(a and a.startswith("US") or a and "United States" in a for a in sides), sides
    assert "Coalition" in sides, sides
    assert event.actor2 == "Islamic State", event.actor2
