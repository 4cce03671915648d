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
