"""A group described, not named, as the one whose words a report tells ("according to the
family", "witnesses said"), and the report's own word on a claim after it (", a claim that
could not be verified"), which is no part of the claim."""

from __future__ import annotations

import pytest

from eventcoder import extract, statements
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-05-10") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("text", "role", "quote"),
    [
        ("According to the family, the pair were driven away from the farm at dawn.",
         "family", "the pair were driven away from the farm at dawn"),
        ("The pair were driven away from the farm at dawn, according to his family.",
         "his family", "The pair were driven away from the farm at dawn"),
        ("According to witnesses, gunmen on motorbikes circled the well twice.",
         "witnesses", "gunmen on motorbikes circled the well twice"),
        ("Gunmen on motorbikes circled the well twice, eyewitnesses said.",
         "eyewitnesses", "Gunmen on motorbikes circled the well twice"),
        ("According to relatives, the teacher was stopped at a checkpoint outside town.",
         "relatives", "the teacher was stopped at a checkpoint outside town"),
        ("According to local officials, the teacher was stopped at a checkpoint outside town.",
         "local officials", "the teacher was stopped at a checkpoint outside town"),
    ],
)
def test_statements_group_described_is_the_speaker(text: str, role: str, quote: str) -> None:
    found = _statements(text)
    assert [(s.speaker, s.role, s.quote) for s in found] == [(None, role, quote)]


def test_statements_group_quoted_by_description() -> None:
    found = _statements('"They came for the boys after midnight," the family said.')
    assert [(s.speaker, s.role) for s in found] == [(None, "family")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Militants said they had downed a surveillance drone, a claim that could not be "
         "verified.", "they had downed a surveillance drone"),
        ("Militants said they had downed a surveillance drone, which could not be "
         "independently verified.", "they had downed a surveillance drone"),
        ("The ministry said four soldiers died near the market, something that could not be "
         "confirmed.", "four soldiers died near the market"),
        ("Militants said they had downed a surveillance drone, an unverified claim.",
         "they had downed a surveillance drone"),
        ("Militants said they had downed a surveillance drone, an account the garrison "
         "commander denied.", "they had downed a surveillance drone"),
    ],
)
def test_statements_comment_on_a_claim_ends_it(text: str, quote: str) -> None:
    found = _statements(text)
    assert found and found[0].verb == "said" and found[0].quote == quote, found


def test_statements_clause_of_the_claim_itself_stays() -> None:
    # a clause that tells more of what was claimed, not the report's word on it
    found = _statements("Militants said they had downed a surveillance drone, which fell "
                        "into the river.")
    assert [s.quote for s in found] == [
        "they had downed a surveillance drone, which fell into the river"]


@pytest.mark.parametrize("sentence", [
    ", a claim that could not be verified",
    ", which could not be independently verified",
    ", something that could not be confirmed",
    ", an unverified allegation",
    ", which fell into the river",
])
def test_statements_claim_comment_gated(sentence: str) -> None:
    # the pattern runs only where one of its words is in the words
    if statements._CLAIM_COMMENT.search(sentence):
        assert any(word in sentence for word in statements._COMMENT_WORDS)
