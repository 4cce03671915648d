"""A release that tells whose men the dead were and what they had done before ("The
terrorists were affiliated with X and were involved in attacks on security forces") names
the group struck, not the one that struck: the force that busted the hideout is actor1.
A group said to be involved in the attack told is still held responsible for it."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-02-14") if isinstance(r, Event)]


def test_a_group_s_past_attacks_do_not_make_it_the_striker() -> None:
    text = ("Security forces busted a terrorist hideout in Panjgur district on Tuesday, "
            "killing 5 terrorists, the ISPR said. The terrorists belonged to the Baloch "
            "Liberation Army and were involved in numerous attacks on civilians and security "
            "forces.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].actor1 == "Military Forces of Pakistan"
    assert events[0].actor2 == "Baloch Liberation Army"
    assert events[0].fatalities == 5


def test_a_group_involved_in_the_attack_told_is_its_author() -> None:
    text = ("Unknown gunmen stormed a checkpoint in Turbat on Tuesday, killing three "
            "policemen. Officials said the Baloch Liberation Army was involved in the attack.")
    events = _events(text)
    assert events[0].actor1 == "Baloch Liberation Army"
