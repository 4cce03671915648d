"""What one loses of one's own ("he had lost his job", "they lost their homes") is no count
of people lost, killed or hurt; a bulletin's "the enemy lost up to 70 personnel" is."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _casualties(text: str) -> list[tuple[str, str | None, int | None]]:
    event = next(r for r in extract(text, published="2023-06-11") if isinstance(r, Event))
    return [(c.kind, c.party, c.count) for c in event.casualties]


@pytest.mark.parametrize("tail", [
    "A neighbour said he had lost his job in March.",
    "Families who lost their homes in the floods were living nearby.",
    "The landlord said she lost her licence last year.",
])
def test_own_things_lost_are_no_casualties(tail: str) -> None:
    found = _casualties(f"A man shot dead three people in a bar in Leeds on Friday. {tail}")
    assert found == [("killed", "Civilians (United Kingdom)", 3)], found
