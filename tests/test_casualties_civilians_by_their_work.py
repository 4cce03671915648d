"""People struck told by their work in the community ("a school principal", "a headmaster",
"a street vendor") are civilians, counted with the others killed beside them."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    "victim",
    ["a school principal", "a headmaster", "a headmistress", "a street vendor"],
)
def test_people_told_by_their_work_are_civilians(victim: str) -> None:
    text = (f"Gunmen raided a village in Niassa province, Mozambique, on Tuesday, killing "
            f"{victim} and two fishermen.")
    event = next(r for r in extract(text, published="2024-06-20") if isinstance(r, Event))
    killed = {c.party: c.count for c in event.casualties if c.kind == "killed"}
    assert killed == {"Civilians (Mozambique)": 3}, killed
    assert event.actor2 == "Civilians (Mozambique)"
