"""The force that carried out an operation is its first actor, however the release tells
it: the group told first as the one that suffered ("militants suffered heavy losses in an
operation conducted by the army, killing nine"), or the toll told by the operation in a
sentence of its own ("The operation killed 11 fighters") after the one that names who
conducted it."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-07-15") if isinstance(r, Event)]


def test_the_force_an_operation_was_conducted_by_is_actor1() -> None:
    text = ("Al-Shabaab fighters suffered heavy losses in an operation conducted by the "
            "Somali National Army near Bulo Burte on Saturday, killing 13 of them, the "
            "army said.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].actor1 == "Military Forces of Somalia"
    assert events[0].actor2 == "Al Shabaab"


def test_the_operation_told_as_the_killer_is_of_the_force_that_conducted_it() -> None:
    text = ("The Somali army, supported by clan militias, conducted an operation against "
            "al-Shabaab hideouts near Wanlaweyn on Friday.\n\n"
            "The operation killed 14 al-Shabaab fighters, a military officer said.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].fatalities == 14
    assert events[0].actor1 == "Military Forces of Somalia"
    assert events[0].actor2 == "Al Shabaab"


def test_a_place_held_by_a_group_does_not_make_it_the_striker() -> None:
    text = ("Soldiers killed six militants in a raid on a camp run by al-Shabaab near "
            "Wanlaweyn on Friday, the army said.")
    events = _events(text)
    assert events[0].actor1 == "Military Forces of Somalia"
