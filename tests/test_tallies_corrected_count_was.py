"""A release that corrects a month's counts "on Aug. 14": the day counts nothing."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally


@pytest.mark.parametrize("day", ["Aug. 14", "March 3", "Sept. 9"])
def test_tallies_day_of_a_date_is_no_count_of_operations(day: str) -> None:
    text = (f"Command corrects summary\n\nU.S. Central Command on {day} corrected its July "
            "operations summary.\n")
    assert not [r for r in extract(text, published="2024-09-20") if isinstance(r, Tally)]
