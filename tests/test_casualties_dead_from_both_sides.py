"""The dead told "from both sides" or "on both sides" are counted by the number before them
("12 fighters from both sides were killed" is 12); "both" is the sides', not a count of two."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 6 May 2022, rebels attacked an army post near Kalemba. At least 9 fighters from "
         "both sides were killed.", 9),
        ("On 6 May 2022, militiamen and soldiers fought near Kalemba; 14 combatants on both "
         "sides were killed.", 14),
        ("On 6 May 2022, two clan militias fought near Kalemba. Seven militiamen from both "
         "sides died.", 7),
    ],
)
def test_casualties_dead_from_both_sides(pipeline: RulePipeline, text: str, dead: int) -> None:
    assert main_event(pipeline, text).fatalities == dead
