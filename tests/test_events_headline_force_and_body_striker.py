"""A release's headline names one force ("Coalition strike in ..."), its body another force
of the same side as the striker and the one group struck ("U.S. Africa Command conducted an
airstrike against ISIS-Somalia ... The strike killed five militants"): the group the body
names is the side struck, and its unnamed dead are of that group."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _lead(text: str, published: str) -> Event:
    [event] = [r for r in extract(text, published=published)
               if isinstance(r, Event) and not r.background]
    return event


def test_group_struck_in_the_body_below_another_forces_headline() -> None:
    event = _lead("Coalition airstrike in northern Somalia\n\n"
                  "U.S. Africa Command conducted an airstrike against ISIS-Somalia in the "
                  "Cal Miskaad mountains, Somalia, on Oct. 14, 2024. The strike killed "
                  "five militants.", "2024-10-15")
    assert event.actor2 == "Islamic State"
    assert {(c.kind, c.party, c.count) for c in event.casualties} == {
        ("killed", "Islamic State", 5)}


def test_fighters_of_the_group_struck_below_another_forces_headline() -> None:
    event = _lead("Coalition strike kills two\n\n"
                  "On Sept. 8, U.S. Central Command forces conducted a strike in Syria "
                  "against Hurras al-Din. The strike killed two fighters.", "2024-09-09")
    assert event.actor2 == "Hurras al-Din"
    assert [(c.party, c.count) for c in event.casualties if c.kind == "killed"] == [
        ("Hurras al-Din", 2)]
