"""A bomber "killing himself" is the attacking side's own dead: the town named right before
"killing" ("near Mubi killing himself") is where it happened, not whose dead they were."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


@pytest.mark.parametrize("text", [
    "A suicide bomber set off his explosives near Damasak killing himself.",
    "Outside Damasak, a suicide bomber detonated himself, killing himself.",
], ids=["town-before-killing", "town-opening-the-sentence"])
def test_the_town_before_killing_himself_is_no_party(text: str) -> None:
    parties = [m.party_text for m in find_casualty_mentions(text) if m.kind == "killed"]
    assert "Damasak" not in parties, parties


@pytest.mark.parametrize(("text", "killed"), [
    ("A suicide bomber set off his explosives near Damasak in Borno State killing himself.",
     [1]),
    ("A suicide bomber set off his explosives near Damasak in Borno State, killing himself "
     "and four vigilantes.", [1, 4]),
], ids=["alone", "with-others"])
def test_the_bomber_is_the_attacking_side_dead(text: str, killed: list[int]) -> None:
    [event] = [r for r in extract(text, published="2021-08-04") if isinstance(r, Event)]
    assert event.actor1 is not None
    own = [c.count for c in event.casualties if c.kind == "killed" and c.party == event.actor1]
    assert own == [1], event.casualties
    assert sorted(c.count or 0 for c in event.casualties if c.kind == "killed") == killed
    assert event.location.name == "Damasak"
