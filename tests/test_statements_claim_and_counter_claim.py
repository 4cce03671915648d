"""A claim told, then the side that denies it in the same sentence: "The rebels said they had
taken the town, a claim the army rejected." is two statements of the same words, the
claim ("said") and its denial ("rejected")."""

from __future__ import annotations

import pytest

from eventcoder import extract, statements
from eventcoder.records import Statement


def _statements(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.quote, s.verb) for s in extract(text, published="2024-06-02")
            if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arakan Army said it had captured the border post at Maungdaw in Myanmar, an "
         "account the junta has disputed.",
         [("Arakan Army", "it had captured the border post at Maungdaw in Myanmar", "said"),
          ("Tatmadaw", "it had captured the border post at Maungdaw in Myanmar", "disputed")]),
        ("Al Shabaab said on Sunday that its fighters had overrun a base near Kismayo in "
         "Somalia, a claim the Somali army denied.",
         [("Al Shabaab", "its fighters had overrun a base near Kismayo in Somalia", "said"),
          ("Military Forces of Somalia", "its fighters had overrun a base near Kismayo in "
           "Somalia", "denied")]),
    ],
)
def test_statements_claim_and_its_denial(
        text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _statements(text) == expected


def test_statements_claim_nobody_denies_is_one_statement() -> None:
    text = "The army said seven rebels were killed near Gao in Mali, a claim that could not " \
           "be verified."
    assert [verb for _, _, verb in _statements(text)] == ["said"]


@pytest.mark.parametrize("sentence", [
    ", a claim the army rejected",
    ", an account the rebels have disputed",
    ", a version the police dismissed",
])
def test_statements_counter_claim_gated(sentence: str) -> None:
    # the pattern runs only where one of its nouns is in the words
    if statements._CLAIM_COUNTERED.search(sentence):
        assert any(word in sentence for word in statements._CLAIM_WORDS)
