"""Pakistan's provincial Counter Terrorism Departments ("the Counter Terrorism Department
(CTD)", "CTD Balochistan") are police: the side that raids and arrests, not an unnamed
armed group."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2025, the Counter Terrorism Department (CTD) killed four terrorists in an "
        "exchange of fire in Zhob, Balochistan.",
        "On 9 March 2025, CTD Punjab killed four terrorists in an exchange of fire near "
        "Mianwali.",
    ],
)
def test_the_ctd_is_the_side_that_raided(text: str) -> None:
    (event,) = [r for r in extract(text, doc_id="t") if isinstance(r, Event)]
    assert event.actor1 == "Counter Terrorism Department"
    assert event.location.country == "PK"
