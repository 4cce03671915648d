"""A fiscal year and a quarter's code are looked for by their letters before their patterns.

Both patterns open with a word boundary, which a search tries at every character of a
note; "FY" or "fiscal" (in some case), and a "Q" or "H" with its number, are what each
match holds.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder import tallies


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Spending in fiscal year 2023 rose.", 2023),
        ("The FY2024 report lists 40 strikes.", 2024),
        ("In Fiscal 2022 the force made 300 arrests.", 2022),
        ("Strikes in FY 23 fell.", 2023),
        ("IN FISCAL YEAR 2021 THE POLICE MADE 40 ARRESTS.", 2021),
    ],
)
def test_fiscal_year_found(text: str, year: int) -> None:
    found = tallies._fiscal_year(text, 0, len(text))
    assert found is not None
    assert found[0] == (date(year - 1, 10, 1), date(year, 9, 30))


@pytest.mark.parametrize(
    "text", ["Gunmen killed 12 people in 2023.", "A fiscal policy was announced.",
             "Fy 2023 was quiet."])
def test_no_fiscal_year(text: str) -> None:
    assert tallies._fiscal_year(text, 0, len(text)) is None
    assert tallies._FISCAL_YEAR.search(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Attacks fell in Q1 2024 across the region.", "Q1 2024"),
        ("During H2 2023 the army made 90 arrests.", "H2 2023"),
        ("In Q4\t2022 there were 15 raids.", "Q4\t2022"),
        ("Attacks fell in 2024.", None),
        ("The Q5 2024 figures are out.", None),
        ("HQ1 2024", None),
    ],
)
def test_part_code_match_same_as_the_pattern(text: str, code: str | None) -> None:
    found = tallies._part_code_match(text, 0, len(text))
    whole = tallies._PART_CODE.search(text)
    assert (found.group() if found else None) == (whole.group() if whole else None) == code

