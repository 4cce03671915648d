"""A role between commas after a one-word name, or after a name told with an article, is the
same person: "killed Haytham, a senior leader of the cell, and two associates" is three."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline


def _counted(text: str, kind: str) -> int:
    doc = RulePipeline().analyse(document_from_text(text, doc_id="t", published="2025-02-18"))
    return sum(c.count or 0 for c in doc.casualties if c.kind == kind and not c.subset)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Commandos killed Haytham, a senior leader of the cell, and two associates near "
         "the border crossing on Friday.", "killed", 3),
        ("Gendarmes detained the smuggler Idris Mbaye, a senior organiser of the network, "
         "and four associates in a dawn raid.", "detained", 5),
    ],
)
def test_a_role_after_the_name_counts_nobody_more(text: str, kind: str, count: int) -> None:
    assert _counted(text, kind) == count


def test_a_list_of_trades_still_counts_each_person() -> None:
    assert _counted("Gunmen killed a tailor, a nurse, and two guards at the market.",
                    "killed") == 4
