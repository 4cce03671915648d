"""A person quoted by rank and name alone holds the office the text tells elsewhere."""

from __future__ import annotations

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    records = RulePipeline()(document_from_text(text, doc_id="t", published="2025-09-12"))
    return [s for s in records if isinstance(s, Statement)]


def test_the_office_told_after_the_quote_is_the_speakers() -> None:
    [statement] = _statements(
        "\"The raid broke the cell's supply line and the whole valley is safer,\" said "
        "Adm. Petra Lindqvist.\n\nOn Thursday, the commander of U.S. Central Command, "
        "Adm. Petra Lindqvist, told reporters the raid by the river took four hours.")
    assert statement.speaker == "Petra Lindqvist"
    assert statement.role == "commander of U.S. Central Command"
    assert statement.organisation == "US Central Command"


def test_the_office_told_in_another_quotes_attribution_is_the_speakers() -> None:
    first, second = _statements(
        "\"We struck the depot at dawn and nobody outside it was hurt,\" said Adm. Petra "
        "Lindqvist.\n\n\"Our partners led the ground work this time,\" said Adm. Petra "
        "Lindqvist, the commander of U.S. Central Command.")
    assert (first.speaker, first.role, first.organisation) == (
        second.speaker, second.role, second.organisation)
    assert first.organisation == "US Central Command"


def test_a_rank_with_no_office_told_anywhere_stays_the_role() -> None:
    [statement] = _statements(
        "\"We struck the depot at dawn and nobody outside it was hurt,\" said Adm. Petra "
        "Lindqvist.")
    assert statement.role == "Adm."
    assert statement.organisation is None
