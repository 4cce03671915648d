"""A group described, not named, as the one whose words a report tells ("according to the
family", "witnesses said"), and the report's own word on a claim after it (", a claim that
could not be verified"), which is no part of the claim."""

from __future__ import annotations

import pytest

from eventcoder import extract
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
