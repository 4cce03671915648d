"""Two counts of people under one verb ("killed 58 al-Shabaab fighters and 6 ISIS-Somalia
members") are two tallies of that fate; a count revised by its figure ("revised its figure
for fighters killed ... to 23 from the 19") is the figure it came to."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally


def _counts(text: str) -> list[tuple[str, int, str | None]]:
    records = RulePipeline()(document_from_text(text, doc_id="v", published="2024-11-14"))
    return sorted((t.metric, int(t.value), t.party) for t in records if isinstance(t, Tally))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strikes in Somalia in October killed 41 al-Shabaab fighters and 5 ISIS-Somalia "
         "members, the command said.",
         [("killed", 5, "Islamic State"), ("killed", 41, "Al Shabaab")]),
        ("Troops killed 12 militants and 3 civilians in Kidal in October, the army said.",
         [("killed", 3, "Civilians (Mali)"),
          ("killed", 12, "Unidentified Armed Group (Mali)")]),
        # a figure with no people after it is no second count of this kind
        ("Troops killed 12 militants and 3 in Gao in October, the army said.",
         [("killed", 3, "Unidentified Armed Group (Mali)"),
          ("killed", 12, "Unidentified Armed Group (Mali)")]),
    ],
)
def test_tallies_second_count_under_the_same_verb(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The command on Thursday revised its figure for al-Shabaab fighters killed in Somalia "
        "during October to 27 from the 22 it first gave.",
        "The command on Thursday revised the count for al-Shabaab fighters killed in Somalia "
        "during October to 27 from 22.",
    ],
)
def test_tallies_count_revised_by_its_figure(text: str) -> None:
    assert _counts(text) == [("killed", 27, "Al Shabaab")]
