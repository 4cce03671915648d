"""A translation from French or Spanish keeps the month's small letter ("the 19 april
2025"): read as a date between a day and a year only, where "may" and "march" are verbs
elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import find_date_mentions


@pytest.mark.parametrize(("text", "dates"), [
    ("have conducted the 19 april 2025 of the strikes", [("19 april 2025", "2025-04-19")]),
    ("Bamako, the 22 april 2025", [("22 april 2025", "2025-04-22")]),
    ("on 3 march, 2023 the troops", [("3 march, 2023", "2023-03-03")]),
    ("on 5 may 2024 the strikes", [("5 may 2024", "2024-05-05")]),
    # a year of the nineteenth century, as the scan reads after a capitalised month
    ("signed the 12 june 1885 at the border", [("12 june 1885", "1885-06-12")]),
    # no year after it: a verb, or too loose to read
    ("the 5 may be wrong", []),
    ("about 3 march to the capital", []),
])
def test_dates_small_letter_month_of_a_translation(text: str,
                                                   dates: list[tuple[str, str]]) -> None:
    found = find_date_mentions(text, published=date(2025, 4, 22))
    assert [(d.text, str(d.date_start)) for d in found] == dates
