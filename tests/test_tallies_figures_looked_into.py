"""A figure of what a review looked into ("after an assessment of two strikes near
Jilib") is no count of the period; the counts told beside it still are."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The command said its 17 airstrikes in Somalia in September killed 30 militants, "
         "after an assessment of three strikes near Bulo Burde.",
         [("killed", 30), ("strikes", 17)]),
        ("The mission recorded 52 attacks on civilians in Ituri in June, following a review "
         "of 9 incidents reported late.",
         [("attacks", 52)]),
    ],
)
def test_tallies_figure_looked_into_is_no_count(text: str,
                                                expected: list[tuple[str, int]]) -> None:
    records = RulePipeline()(document_from_text(text, doc_id="a", published="2024-10-03"))
    assert sorted((t.metric, int(t.value)) for t in records if isinstance(t, Tally)) == expected
