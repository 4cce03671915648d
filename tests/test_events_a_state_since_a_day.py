"""A state of things dated only by the day it began ("the rebels have besieged the town
since January", "the garrison has repelled a dozen assaults since then"), with no one
counted, is no incident of that month; a deed told in that month is one."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_TODAY = "Gunmen killed four traders near Kadugli in South Kordofan on Sunday. "


def _days(text: str) -> list[tuple[str | None, bool]]:
    return sorted((e.date_start, e.background) for e in extract(
        text, doc_id="t", published="2024-10-28") if isinstance(e, Event))


@pytest.mark.parametrize(
    "state",
    [
        "The rebels have besieged Kadugli, the state capital, since January.",
        "The rebels have besieged Kadugli since January. The garrison has repelled more than "
        "a dozen assaults since then.",
    ],
)
def test_a_state_since_a_month_is_no_incident(state: str) -> None:
    assert _days(_TODAY + state) == [("2024-10-27", False)]


def test_a_deed_told_in_that_month_is_one() -> None:
    assert _days(_TODAY + "In January, the rebels besieged Kadugli.") == [
        ("2024-01-01", True), ("2024-10-27", False)]
