"""A headline's count told again by the body in other words for the same people: "Gunmen
kill 14 villagers" above "At least 14 civilians were killed" is fourteen dead, not 28."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("headline", "body"), [
    ("villagers", "civilians"),
    ("civilians", "residents"),
    ("people", "villagers"),
])
def test_casualties_headline_count_told_again_as_civilians(headline: str, body: str) -> None:
    [event] = [r for r in extract(
        f"Gunmen kill 14 {headline} in northern Burkina Faso\n\n"
        f"At least 14 {body} were killed when gunmen attacked the village of Bourzanga on "
        "Saturday, a local official said.", published="2024-11-17") if isinstance(r, Event)]
    assert event.fatalities == 14


def test_casualties_headline_civilians_and_body_soldiers_stay_apart() -> None:
    [event] = [r for r in extract(
        "Gunmen kill 14 villagers in northern Burkina Faso\n\n"
        "Gunmen killed 14 villagers in Bourzanga on Saturday, and 14 soldiers died in an "
        "ambush on the army convoy sent after them, a local official said.",
        published="2024-11-17") if isinstance(r, Event)][:1]
    assert event.fatalities is not None and event.fatalities >= 28
