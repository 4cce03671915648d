"""A figure read from a table points at its own cell in the document."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally


@pytest.mark.parametrize(
    "text",
    [
        ("The task force released its figures for March 2024 on Tuesday.\n\n"
         "Country | Operations | Detained\nIraq | 17 | 23\nSyria | 8 | 5\nTotal | 25 | 28\n"),
        ("The task force released its figures for March 2024 on Tuesday.\n\n"
         "Country     Operations     Detained\nIraq        17             23\n"
         "Syria       8              5\nTotal       25             28\n"),
    ],
)
def test_tallies_table_figure_evidence_is_its_cell(text: str) -> None:
    records = RulePipeline()(document_from_text(text, doc_id="t", published="2024-04-02"))
    tallies = [t for t in records if isinstance(t, Tally)]
    assert sorted(int(t.value) for t in tallies) == [5, 8, 17, 23, 25, 28]
    for tally in tallies:
        first = tally.evidence[0]
        assert text[first.start:first.end] == first.text == str(tally.value)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the rule under a Markdown table's headings is no row of headings
        ("| Country | Strikes | Detained |\n|---|---|---|\n| Somalia | 22 | 4 |\n"
         "| Kenya | 3 | 12 |\n| Total | 25 | 16 |\n",
         {("strikes", 22, ("SO",)), ("strikes", 3, ("KE",)), ("strikes", 25, ("KE", "SO")),
          ("detained", 4, ("SO",)), ("detained", 12, ("KE",)),
          ("detained", 16, ("KE", "SO"))}),
        # "-": no figure given, and no count
        ("| Country | Strikes | Detained |\n| :--- | ---: | ---: |\n| Somalia | 22 | - |\n"
         "| Kenya | 3 | 12 |\n| Total | 25 | 12 |\n",
         {("strikes", 22, ("SO",)), ("strikes", 3, ("KE",)), ("strikes", 25, ("KE", "SO")),
          ("detained", 12, ("KE",)), ("detained", 12, ("KE", "SO"))}),
    ],
)
def test_tallies_markdown_table_with_its_rule_and_blank_cells(
    rows: str, expected: set[tuple[str, int, tuple[str, ...]]]
) -> None:
    text = "The task force released its figures for the first quarter of 2025 on Wednesday.\n\n"
    records = RulePipeline()(document_from_text(text + rows, doc_id="m",
                                                published="2025-04-09"))
    assert {(t.metric, int(t.value), tuple(sorted(t.area))) for t in records
            if isinstance(t, Tally)} == expected
