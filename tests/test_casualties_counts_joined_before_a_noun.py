"""Counts of several sides joined before one casualty noun each count: "resulting in 18
rebel and 4 military fatalities" is 22 dead, not the 4 nearest the noun."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "dead"), [
    ("On 11 March 2021, the army fought rebels near Kasese, Uganda, resulting in 18 rebel "
     "and 4 military fatalities.", 22),
    ("On 11 March 2021, the army fought rebels near Kasese, Uganda, resulting in 9 rebel "
     "fighters, 2 civilian and 3 military deaths.", 14),
])
def test_casualties_counts_joined_before_a_noun(pipeline: RulePipeline, text: str,
                                                dead: int) -> None:
    assert only_event(pipeline, text).fatalities == dead


def test_casualties_injuries_and_deaths_stay_apart(pipeline: RulePipeline) -> None:
    text = ("On 11 March 2021, a clash near Kasese, Uganda, between the army and rebels left "
            "5 injuries and 2 deaths.")
    assert only_event(pipeline, text).fatalities == 2
