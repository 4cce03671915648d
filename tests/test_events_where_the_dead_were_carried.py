"""Where the dead or hurt were carried ("trucks carrying bodies to Douentza", "brought the
bodies to Sevare", "were wounded and evacuated to Ouahigouya") is not where the
fighting was: the event stays at the place the fight is told at, or its region."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, doc_id="t", published="2025-05-21")
                if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(
    "carried",
    [
        '"We saw trucks carrying bodies to Douentza all afternoon," a resident said.',
        "Trucks later brought the bodies to Douentza, a resident said.",
    ],
)
def test_the_town_the_dead_were_carried_to_is_not_the_place(carried: str) -> None:
    event = _event("Jihadists attacked an army camp in the Mopti region of Mali on Tuesday, "
                   f"killing seven soldiers, the army said. {carried}")
    assert event.location.name != "Douentza"
    assert event.location.admin1 == "Mopti"


def test_a_town_the_attackers_reached_is_still_the_place() -> None:
    event = _event("Jihadists carrying rifles attacked an army post in Douentza, in Mali, on "
                   "Tuesday, killing seven soldiers, the army said.")
    assert event.location.name == "Douentza"
