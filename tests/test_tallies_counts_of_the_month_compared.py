"""Counts told of the period a report compares its own with ("lower than in March, when 61
operations killed 37 fighters", "March's figures were higher: ...") are of that period, not
of the one the report is about, and no parts of its totals."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally

_APRIL = ("American troops and their partners killed 31 Islamic State fighters in Iraq and "
          "Syria during April, over the course of 52 operations. In Iraq, Iraqi forces led 16 "
          "operations that killed 11. ")


@pytest.mark.parametrize(
    "compared",
    [
        "The tally was lower than in March, when 61 operations killed 37 fighters.",
        "The tally was slightly lower than March's, when 61 operations killed 37 fighters.",
        "March's figures were higher: 61 operations killed 37 fighters.",
    ],
)
def test_tallies_counts_of_the_month_compared_with(compared: str) -> None:
    records = RulePipeline()(document_from_text(_APRIL + compared, doc_id="c",
                                                published="2024-05-10"))
    tallies = [t for t in records if isinstance(t, Tally)]
    march = {(t.metric, t.value, t.period_start, t.parent) for t in tallies
             if t.value in {61, 37}}
    assert march == {("operations", 61, "2024-03-01", None), ("killed", 37, "2024-03-01", None)}
    ids = {t.tally_id: t.value for t in tallies}
    # the Iraq counts are parts of April's totals
    assert {t.value: ids.get(t.parent or "") for t in tallies if t.value in {16, 11}} == {
        16: 52, 11: 31}
