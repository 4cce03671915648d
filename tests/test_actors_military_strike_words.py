""""A military drone strike", "a military airstrike", "military jets" are the strikes and
aircraft of the country's armed forces, as "an army drone strike" is: not an unidentified
military force."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 9 January 2024, a military drone strike hit a market in Gwoza, Borno, Nigeria, "
        "killing six traders.",
        "On 9 January 2024, a military airstrike hit a village in Gwoza, Borno, Nigeria, "
        "killing six people.",
    ],
)
def test_actors_military_strike_words(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert (event.actor1 or "").startswith("Military Forces of Nigeria")
