"""A release whose headline tells the dead first ("6 terrorists were killed in ...") and
whose body names the state force that killed them: the force is actor1, the dead actor2."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event

_HEADLINE_DEAD = [
    ("6 terrorists were killed in Hamrin mountains\n\n"
     "The Security Media Cell stated that units of the Iraqi army, supported by army "
     "aviation, raided a den of terrorists in the Hamrin mountains, killing six of them.",
     "Military Forces of Iraq"),
    ("Eleven terrorists killed in the Mutaibijah desert\n\n"
     "The Joint Operations Command reported that our heroic Iraqi forces, relying on "
     "precise intelligence, stormed a terrorist hideout in the Mutaibijah desert, and "
     "the clash ended with the killing of eleven terrorists.",
     "Military Forces of Iraq"),
    ("Four gunmen killed near Baiji\n\n"
     "Salahuddin Operations Command said its troops, backed by the Iraqi army, "
     "ambushed a group of gunmen near Baiji on Thursday, killing four of them.",
     "Military Forces of Iraq"),
]


@pytest.mark.parametrize(("text", "force"), _HEADLINE_DEAD)
def test_force_named_below_the_dead_is_actor1(text: str, force: str) -> None:
    event = only_event(RulePipeline(), text, published="2024-03-12")
    assert event.actor1 is not None and event.actor2 is not None
    actor1 = event.actor_acled_names.get(event.actor1, event.actor1)
    actor2 = event.actor_acled_names.get(event.actor2, event.actor2)
    assert actor1.startswith(force)
    assert actor2.startswith("Unidentified Armed Group (Iraq)")
