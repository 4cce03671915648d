"""People of a kind told "among the dead" in a sentence of their own are some of the dead.

The texts were written for these tests: "killing 12 civilians. Five children were among the
dead." is 12 dead, the children some of the civilians; commanders among fighters counted
dead are some of them too. Soldiers among civilians counted dead are of another side, and
a part larger than the count is no part of it.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _event(text: str, published: str) -> Event:
    records = RulePipeline()(document_from_text(text, doc_id="k", published=published))
    [event] = [r for r in records if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(
    ("text", "published", "dead"),
    [
        ("A drone strike hit a wedding party in a village near Tillaberi on Friday, killing 12 "
         "civilians. Five children were among the dead, a local official said.",
         "2024-05-04", 12),
        ("Gunmen stormed a market in the town of Kalaa on Tuesday, killing nine villagers. "
         "Three women were among those killed, residents said.", "2023-02-15", 9),
        ("An airstrike struck a hideout near the town of Jilib on Sunday, killing 20 "
         "militants. Two commanders were among the dead, the army said.", "2024-08-12", 20),
        ("Shells fell on a crowded bus station in the city of Kharkiv on Monday, killing 14 "
         "civilians. Among the dead were four students.", "2024-01-09", 14),
    ],
)
def test_casualties_kinds_among_the_dead_are_some_of_them(
    text: str, published: str, dead: int
) -> None:
    assert _event(text, published).fatalities == dead


@pytest.mark.parametrize(
    ("text", "published", "dead"),
    [
        # more children than the civilians counted: a count of its own
        ("A drone strike hit a wedding party in a village near Tillaberi on Friday, killing 3 "
         "civilians. Five children were among the dead, a local official said.",
         "2024-05-04", 8),
        # soldiers are no civilians: another side's dead
        ("A car bomb exploded at a checkpoint outside the town of Baidoa on Friday, killing "
         "six civilians. Two soldiers were among the dead, police said.", "2024-03-02", 8),
    ],
)
def test_casualties_others_among_the_dead_are_counted_on_their_own(
    text: str, published: str, dead: int
) -> None:
    assert _event(text, published).fatalities == dead
