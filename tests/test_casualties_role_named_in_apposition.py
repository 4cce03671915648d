"""A killed leader told by role, then named beside it under the same verb ("the killing of
the so-called emir of X, the terrorist Y, and two of his companions") is one man, not two;
names in a list and people counted one by one are each one more."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _dead(sentence: str) -> int | None:
    text = f"Security forces raided a hideout near Tikrit on Monday.\n\n{sentence}\n"
    events = [r for r in extract(text, published="2024-06-04") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return events[0].fatalities


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # the role, then the name set beside it: one man, and his companions
        ("The raid resulted in the killing of the so-called emir of Samarra, the terrorist "
         "Abu Yasir al-Dulaimi, and two of his companions.", 3),
        ("The raid resulted in the killing of the so-called emir of Samarra, the terrorist "
         "Abu Yasir al-Dulaimi.", 1),
        # people counted one by one: each one more
        ("The raid killed a fighter, a courier and a bomb maker.", 3),
    ],
)
def test_role_named_in_apposition_is_one_man(sentence: str, dead: int) -> None:
    assert _dead(sentence) == dead
