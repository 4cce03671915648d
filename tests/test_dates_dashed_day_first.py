"""A date of figures joined by dashes with its year ("on 12-3-2024"), as translated releases
write it, is read day first, month first only where the second figure cannot be a month."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The army killed (3) terrorists on 12-3-2024 in the Tarmiyah district.", "2024-03-12"),
        ("Two soldiers were martyred on 3-2-2024 when a device exploded in Tarmiyah.",
         "2024-02-03"),
        ("A bomb killed two farmers on 2-14-2024 in Tarmiyah, the police said.", "2024-02-14"),
        ("Gunmen killed a shepherd on Sunday 10-3-2024 in Tarmiyah.", "2024-03-10"),
    ],
)
def test_dates_dashed_day_first(text: str, day: str) -> None:
    events = [r for r in extract(text, published="2024-03-15") if isinstance(r, Event)]
    assert [e.date_start for e in events] == [day], [e.notes for e in events]


def test_dates_dashed_figures_without_a_year_are_no_day() -> None:
    # "10-12" alone is a count or a range, not a day
    events = [r for r in extract("Between 10-12 gunmen attacked a checkpoint in Tarmiyah on "
                                 "Tuesday, killing a soldier.", published="2024-03-15")
              if isinstance(r, Event)]
    assert [e.date_start for e in events] == ["2024-03-12"], [e.notes for e in events]
