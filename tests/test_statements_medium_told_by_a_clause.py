"""Where words were posted, told by a clause of its own before what was said: "said on a
website that it runs that its fighters ..." (the first "that" tells of the website, the
second opens the words); "and that ..." after it goes on with the same words."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement
from eventcoder.statements import read_reported


def _reported(text: str) -> list[Statement]:
    return read_reported(RulePipeline().analyse(document_from_text(text,
                                                                   published="2024-05-10")))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Al Shabaab said on a website that it runs that its fighters had shelled the camp and "
         "that three guards were killed.",
         "its fighters had shelled the camp and that three guards were killed"),
        ("The Islamic State claimed in a video that its media wing posted online that its men "
         "had killed eleven soldiers.", "its men had killed eleven soldiers"),
        ("Boko Haram said in a message that the group shared on Telegram that it held four "
         "aid workers.", "it held four aid workers"),
        # no clause about the website: the words follow the first "that"
        ("Al Shabaab said on its website that it had shelled the camp, and that three guards "
         "were killed.", "it had shelled the camp, and that three guards were killed"),
        # "that" after a statement opens the words, though another "that" follows
        ("The ministry said in a statement that it believes that eleven people died in the "
         "fire.", "it believes that eleven people died in the fire"),
    ],
)
def test_statements_medium_told_by_a_clause(text: str, quote: str) -> None:
    [found] = _reported(text)
    assert found.quote == quote
    [span] = found.evidence
    assert span.text == quote


_GATED = [
    "Five people died in the flooding, according to the health ministry.",
    "According to the Red Cross, eleven people were hurt.",
    "Al Shabaab denied any role in the bombing.",
    "The army rejected the accusations made by the monitors.",
    "Two guards were hurt, Musa Bello, a police spokesman, said.",
    "Al Shabaab said on a website that it runs that its fighters had shelled the camp.",
    "The talks were attended by envoys from Chad, Mali, Niger and Togo.",
]


@pytest.mark.parametrize("sentence", _GATED)
def test_statements_new_reported_patterns_gated(sentence: str) -> None:
    # a pattern is tried only where the words every match of it holds are in the sentence
    from eventcoder import statements

    if statements._ACCORDING_CLOSING.match(sentence) or statements._ACCORDING_OPENING.match(
            sentence):
        assert "ccording" in sentence
    if statements._REPORTED_DENIAL.search(sentence):
        assert any(verb in sentence for verb in statements._DENIAL_VERBS)
    if any(p.search(sentence) for p in (statements._REPORTED_DENIAL, statements._ACCORDING_CLOSING,
                                        statements._ACCORDING_OPENING, statements._REPORTED_AFTER,
                                        statements._REPORTED_THAT)):
        assert any(word in sentence for word in statements._REPORTING_GATE)
