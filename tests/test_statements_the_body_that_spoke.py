""""The command said" after two commands are named is the one that spoke before ("The Joint
Operations Command announced ... by the forces of the Anbar Operations Command ... The
command said"), not the last one named; with none that spoke, the last one named."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Joint Operations Command announced on Sunday that three terrorists were killed "
         "in an operation carried out by the forces of the Nineveh Operations Command. The "
         'command said in a statement, "the forces seized weapons and explosive belts".',
         "Joint Operations Command"),
        ("Forces of the Nineveh Operations Command killed three terrorists on Sunday. The "
         'command said in a statement, "the forces seized weapons and explosive belts".',
         "Nineveh Operations Command"),
    ],
)
def test_statements_the_body_that_spoke(text: str, speaker: str) -> None:
    statements = [r for r in extract(text, published="2024-05-13") if isinstance(r, Statement)]
    # the quote, and the words the announcement reports without quoting them, are its
    assert [s.speaker for s in statements if not s.reported] == [speaker]
    assert {s.speaker for s in statements} == {speaker}
