"""A denial is a statement: "The army denied that its soldiers fired on the crowd.", "The
group denied involvement in the bombing." (what was denied, told with no clause of its own).
The statement's verb says it is a denial."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement
from eventcoder.statements import read_reported


def _reported(text: str) -> list[Statement]:
    return read_reported(RulePipeline().analyse(document_from_text(text,
                                                                   published="2024-05-10")))


@pytest.mark.parametrize(
    ("text", "speaker", "quote", "verb"),
    [
        ("The Malian army denied that its soldiers fired on the crowd at the market.",
         "Military Forces of Mali", "its soldiers fired on the crowd at the market", "denied"),
        ("Al Shabaab denied any role in the bombing of the hotel in Mogadishu.", "Al Shabaab",
         "any role in the bombing of the hotel in Mogadishu", "denied"),
        ("The Sudanese army flatly rejected the accusations made by the monitors.",
         "Sudanese Armed Forces", "the accusations made by the monitors", "rejected"),
        ("Governor Aliyu Garba denied involvement.", "Aliyu Garba", "involvement", "denied"),
    ],
)
def test_statements_denials_are_statements(text: str, speaker: str, quote: str,
                                           verb: str) -> None:
    [found] = _reported(text)
    assert (found.speaker, found.quote, found.verb, found.reported) == (speaker, quote, verb,
                                                                         True)
    [span] = found.evidence
    assert span.text == quote


@pytest.mark.parametrize(
    "text",
    [
        # a request refused, not words denied
        "The court rejected the appeal lodged by the families in March.",
        # denied something done, not said: no words of the one who denied
        "The guards denied the aid workers access to the camp for a week.",
    ],
)
def test_statements_denials_of_no_words(text: str) -> None:
    assert _reported(text) == []


def test_statements_quote_keeps_its_verb() -> None:
    text = ('"Nobody from our side fired a single shot," Colonel Amadou Keita, the army '
            'spokesman in Mali, said on Monday. "We will look into it," he added.')
    found = [(s.speaker, s.verb) for s in extract(text, published="2024-05-10")
             if isinstance(s, Statement)]
    assert found == [("Amadou Keita", "said"), ("Amadou Keita", "added")]
