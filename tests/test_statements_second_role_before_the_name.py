"""A speaker told by two roles set side by side, the second in small letters before the name:
"The head of the operative headquarters, minister of internal affairs of the republic Jane
Roe, told journalists: ..." (as releases and their translations write it)."""

from __future__ import annotations

import pytest

from eventcoder import extract, statements
from eventcoder.records import Statement

_QUOTE = ' "The situation stays under control."'


@pytest.mark.parametrize(
    ("lead", "speaker", "role"),
    [
        ("The head of the operative headquarters, minister of internal affairs of the "
         "republic Ruslan Gadzhiev, told to journalists:", "Ruslan Gadzhiev",
         "minister of internal affairs of the republic"),
        ("The head of the mission, interior minister Amina Yusuf, said:", "Amina Yusuf",
         "interior minister"),
        ("The commander of the sector, army spokesman Carlos Mendez, said:", "Carlos Mendez",
         "army spokesman"),
        # a capitalised title after the comma, as before
        ("The commander of the region, Major General Jane Roe, said:", "Jane Roe",
         "commander of the region"),
    ],
)
def test_statements_second_role_before_the_name(lead: str, speaker: str, role: str) -> None:
    found = [r for r in extract(lead + _QUOTE, published="2022-04-12")
             if isinstance(r, Statement)]
    assert [(s.speaker, s.role) for s in found] == [(speaker, role)]


def test_statements_words_before_a_name_that_hold_no_role_name_no_one() -> None:
    text = "The head of the mission, the best of them Ruslan Gadzhiev, said:" + _QUOTE
    found = [r for r in extract(text, published="2022-04-12") if isinstance(r, Statement)]
    assert [s.speaker for s in found] == [None]


def test_statements_lower_role_then_name_gate() -> None:
    pattern = statements._LOWER_ROLE_THEN_NAME
    m = pattern.fullmatch("interior minister Amina Yusuf")
    assert m is not None and (m.group("role"), m.group("name")) == (
        "interior minister", "Amina Yusuf")
    assert pattern.fullmatch("Major General Jane Roe") is None
