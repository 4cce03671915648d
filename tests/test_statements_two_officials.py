"""Releases that quote two officials, and a quote introduced by "according to".

The reports under ``fixtures/statements`` were written for these tests: a military release
that quotes its spokesperson, then has a minister speak without quotation marks ("told
reporters in Lamu that ...") before his own quote ("..., he said"), then names the first
speaker again by surname before her last quote ("..., she said"); and an army's week whose
spokesman is quoted "According to army spokesman Col. ..., "..."".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement

REPORTS = Path(__file__).parent / "fixtures" / "statements"

# (speaker, role, organisation or None when not checked, the quote's first words)
Expected = tuple[str, str, str | None, str]


def _statements(name: str, published: str) -> list[Statement]:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id=name, published=published))
    return [r for r in records if isinstance(r, Statement) and not r.reported]


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        (
            "kdf-two-officials-pronoun", "2024-03-03",
            [("Zipporah Kioko", "KDF spokesperson", "Military Forces of Kenya",
              "Our troops have denied"),
             ("Daniel Ouma", "Interior Minister", None, "Anyone feeding these criminals"),
             ("Zipporah Kioko", "KDF spokesperson", "Military Forces of Kenya",
              "They are in stable condition")],
        ),
        (
            "sna-according-to-week", "2024-01-20",
            [("Abdullahi Warsame", "army spokesman", None, "the militants fled towards")],
        ),
    ],
)
def test_statements_two_officials_speaker_role_and_quote(
    name: str, published: str, expected: list[Expected]
) -> None:
    statements = _statements(name, published)
    assert len(statements) == len(expected)
    for statement, (speaker, role, organisation, opening) in zip(
            statements, expected, strict=True):
        assert (statement.speaker, statement.role) == (speaker, role)
        if organisation is not None:
            assert statement.organisation == organisation
        assert statement.quote.startswith(opening)


def test_statements_two_officials_evidence_is_the_quote() -> None:
    text = (REPORTS / "kdf-two-officials-pronoun.txt").read_text(encoding="utf-8")
    for statement in _statements("kdf-two-officials-pronoun", "2024-03-03"):
        [span] = statement.evidence
        assert text[span.start:span.end] == statement.quote
