"""A correction's figure is a count of what the figure it replaces counted ("An earlier
version ... said 14 airstrikes ...; the correct number is 16"), and a revision may bring a
count of operations to a figure ("updated its count of airstrikes ... to 16"); the figure
replaced is no count."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Correction: An earlier version of this release said 14 airstrikes were conducted "
         "in Somalia in March. The correct number is 16.", [("strikes", 16)]),
        ("An earlier version of this statement said 24 militants were killed in Borno in "
         "March; the correct figure is 27.", [("killed", 27)]),
        ("The command updated its count of airstrikes in Somalia in March to 16, two more "
         "than the 14 it announced on April 2.", [("strikes", 16)]),
        ("The task force revised the number of raids in Borno during March to 41 from 38.",
         [("raids", 41)]),
    ],
)
def test_tallies_corrected_count_is_the_figure_it_came_to(
    text: str, expected: list[tuple[str, int]]
) -> None:
    records = RulePipeline()(document_from_text(text, doc_id="k", published="2024-04-16"))
    tallies = [t for t in records if isinstance(t, Tally)]
    assert sorted((t.metric, int(t.value)) for t in tallies) == expected
    assert {t.period_start for t in tallies} == {"2024-03-01"}
