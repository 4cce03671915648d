"""Words a speaker told an outlet that carried them: "X told Radio Y, which aired the
interview on Sunday, that ..." (the clause tells of the outlet, the words follow "that"), and
a speaker named, then their role set off by commas, before the verb: "Brigadier General Jane
Roe, the army spokesman, told ... that ..."."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[tuple[str | None, str | None, str, str | None]]:
    return [(s.speaker, s.role, s.quote, s.verb) for s in extract(text, published="2024-06-02")
            if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Idi Mwakalinga told Radio Dodoma, which aired the interview on Sunday, that "
         "the bridge would reopen within a week.",
         [("Idi Mwakalinga", "Governor", "the bridge would reopen within a week", "told")]),
        ("Brigadier General Salma Odhiambo, the army spokesman, told Citizen TV, which "
         "broadcast her remarks late on Friday, that the convoy had not been ambushed.",
         [("Salma Odhiambo", "army spokesman", "the convoy had not been ambushed",
           "told")]),
        ("Colonel Aziz Karimi, the police commander in the province, said on Monday that four "
         "men had been charged.",
         [("Aziz Karimi", "police commander in the province",
           "four men had been charged", "said")]),
    ],
)
def test_statements_told_to_an_outlet_that_carried_them(
        text: str, expected: list[tuple[str | None, str | None, str, str | None]]) -> None:
    assert _statements(text) == expected


def test_statements_name_before_a_comma_is_not_any_subject() -> None:
    # a place, then a clause, before the verb: no speaker named
    assert _statements("In Dodoma, the bridge that the floods took said nothing of the "
                       "rains that came later.") == []
