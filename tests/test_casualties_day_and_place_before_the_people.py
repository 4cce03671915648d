"""A week's results machine-translated from French set the day and the place off by commas,
one after the other, between the verb and whom it was done to ("neutralised, on
12/04/2025, during a search operation in the locality of X, wilaya of Y (1st Military
Region), 2 terrorist elements"): the people after them are still the verb's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _killed(text: str) -> list[tuple[str | None, int | None]]:
    events = [r for r in extract(text, published="2025-03-20") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return sorted((c.party, c.count) for c in events[0].casualties if c.kind == "killed")


@pytest.mark.parametrize("text", [
    "A detachment of the National People's Army neutralised, on 16/03/2025, during a search "
    "and ambush operation in the locality of Beni Douala, wilaya of Tizi Ouzou (1st Military "
    "Region), 3 terrorist elements, and recovered two rifles.",
    "A detachment of the National People's Army neutralised, in the locality of Beni Douala, "
    "wilaya of Tizi Ouzou, during an ambush, 3 terrorist elements.",
], ids=["day-then-place", "place-then-time"])
def test_casualties_people_after_phrases_set_off(text: str) -> None:
    assert _killed(text) == [("Unidentified Armed Group (Algeria)", 3)]


def test_casualties_a_deed_between_stops_the_reading() -> None:
    # another deed between the verb and the figure: the figure is that deed's
    text = ("A detachment of the National People's Army neutralised, on 16/03/2025, a "
            "terrorist near Beni Douala, wilaya of Tizi Ouzou, and arrested, on the same day, "
            "4 support elements.")
    assert ("Unidentified Armed Group (Algeria)", 4) not in _killed(text)
