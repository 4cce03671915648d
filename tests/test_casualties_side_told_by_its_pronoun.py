"""A side's dead told by a possessive pronoun alone: "dozens of its dead"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _killed(text: str) -> dict[str | None, int | None]:
    events = [r for r in extract(text, published="2024-10-28") if isinstance(r, Event)]
    return {c.party: c.low for e in events for c in e.casualties if c.kind == "killed"}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # the one who said it, told last before the pronoun
        ("Heavy fighting broke out in El Obeid, Sudan, on Sunday. The Sudanese army said "
         "dozens of its dead were buried in the town.", "Sudanese Armed Forces"),
        # the subject of what was said, told after the one who said it
        ("Heavy fighting broke out in El Obeid, Sudan, on Sunday. The army said the Rapid "
         "Support Forces had left scores of its dead near the airport.",
         "Rapid Support Forces"),
    ],
)
def test_casualties_pronoun_party_is_the_side_told_before(text: str, party: str) -> None:
    killed = _killed(text)
    assert party in killed, killed
    assert "its" not in killed
