"""A quote of some of the words, inside the clause a speech verb introduces, is a statement of
the one who spoke; quoted names are not."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    records = RulePipeline()(document_from_text(text, doc_id="q", published="2024-09-03"))
    return [r for r in records if isinstance(r, Statement) and not r.reported]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ("A bomb hit a bus station in Maiduguri on Sunday, killing four. The governor said "
         "the bombing was \u201can unforgivable crime against travellers\u201d.",
         (None, "governor"), "an unforgivable crime against travellers"),
        ("Rebels shelled a camp near Goma on Friday. Army spokesman Jean Mbala said on "
         "Saturday that the rebels had \"lost all sense of decency\" and would be pursued.",
         ("Jean Mbala", "Army spokesman"), "lost all sense of decency"),
        ('Gunmen raided a village near Mopti on Monday. The mayor told reporters the '
         'attackers "came from the north on motorbikes".',
         (None, "mayor"), "came from the north on motorbikes"),
    ],
)
def test_statements_partial_quote_inside_a_told_clause(
        text: str, speaker: tuple[str | None, str], quote: str) -> None:
    # a title with no name is the role, its holder unnamed
    [statement] = _statements(text)
    assert (statement.speaker, statement.role) == speaker
    assert statement.quote == quote


def test_statements_quoted_name_after_a_told_clause_is_no_statement() -> None:
    assert _statements('Police said the cell called itself "the Army of the Western Gate".') == []
