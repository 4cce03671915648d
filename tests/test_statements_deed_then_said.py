"""A speaker who did something and said something ("... condemned the attack and said the
state would ...") is the subject of both verbs (texts written for these tests)."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [r for r in eventcoder.extract(text, published="2024-09-03")
            if isinstance(r, Statement)]


def test_the_subject_of_a_deed_and_said_is_the_speaker() -> None:
    (said,) = _statements("Chief Minister N. Biren Singh condemned the attack and said the state "
                          "government would pay compensation to the family of the constable.")
    assert said.speaker == "N. Biren Singh"
    assert said.role == "Chief Minister"
    assert said.quote.startswith("the state government would pay")


def test_a_plain_reporting_sentence_is_read_as_before() -> None:
    (said,) = _statements("Chief Minister N. Biren Singh said the state government would pay "
                          "compensation to the family of the constable.")
    assert said.speaker == "N. Biren Singh"
