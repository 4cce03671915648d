"""A ministry that acts with no force ("the interior ministry banned a march", "Kenya's
interior ministry imposed a curfew") is the state's officials: ACLED's "Government of
COUNTRY (YEAR-)", as a government or the authorities told acting are."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "government"), [
    ("The interior ministry banned a march by opposition supporters in Hargeisa on Monday.",
     "Government of Somalia (2022-)"),
    ("Kenya's interior ministry imposed a curfew in Mandera on Monday.",
     "Government of Kenya (2022-)"),
], ids=["ministry-banned", "owned-ministry-imposed"])
def test_events_ministry_acting_as_government(text: str, government: str) -> None:
    [event] = [r for r in extract(text, published="2025-03-18") if isinstance(r, Event)]
    assert event.actor1 == government
