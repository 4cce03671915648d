"""Men killed by a side that fended an assault off ("repelled a Russian assault near X,
killing 17 soldiers") are of the side that assaulted, not of the side that fended it off
nor of the country the place is in."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2025-03-18",
                               source="General Staff of the Armed Forces of Ukraine")
            if isinstance(r, Event)]


@pytest.mark.parametrize("text", [
    "Ukrainian forces repelled a Russian assault near Dovhenke in the Kharkiv region, "
    "killing 17 soldiers, the General Staff said on Tuesday.",
    "Ukrainian units beat back two Russian attacks near Hrekivka on Monday, eliminating "
    "23 servicemen, the General Staff said.",
], ids=["repelled-killing", "beat-back-eliminating"])
def test_casualties_killed_by_the_fending_side_are_the_assaulters(text: str) -> None:
    [event] = _events(text)
    assert {event.actor1, event.actor2} == {"Armed Forces of Ukraine", "Russian Armed Forces"}
    assert {c.party for c in event.casualties if c.kind == "killed"} == {
        "Russian Armed Forces"}


def test_casualties_killed_by_the_fending_side_when_the_assaulter_acts() -> None:
    # the assaulting side told first as the actor; the fender's killing is still of it
    [event] = _events("The 41st Brigade repelled an attack by Russian troops near Yampil "
                      "on Monday, killing nine servicemen, the General Staff said.")
    assert {c.party for c in event.casualties if c.kind == "killed"} == {
        "Russian Armed Forces"}


def test_casualties_killed_by_the_fending_side_own_losses_stay() -> None:
    # dead told apart from the fending off are the fending side's own
    [event] = _events("Ukrainian forces repelled a Russian assault near Dovhenke on Monday. "
                      "Two Ukrainian soldiers were killed, the General Staff said.")
    assert {c.party for c in event.casualties if c.kind == "killed"} == {
        "Armed Forces of Ukraine"}
