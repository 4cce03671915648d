"""Deaths a report says it does not know the number of ("Fatalities unknown", "unknown
fatalities", "deaths are not known") are no count: ACLED codes them as none. A plural
casualty noun with nothing to say its number is unknown still tells of some dead."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021, rebels clashed with the army near Marasso. Fatalities unknown.",
        "On 3 May 2021, rebels clashed with the army near Marasso. Fatalities are unknown.",
        "On 3 May 2021, rebels and soldiers fought near Marasso, with unknown fatalities.",
        "On 3 May 2021, rebels clashed with the army near Marasso. Deaths were not reported.",
        "On 3 May 2021, rebels clashed with the army near Marasso; deaths remain unclear.",
    ],
)
def test_casualties_deaths_not_known_are_no_count(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert not event.fatalities
    assert not any(c.kind == "killed" and (c.count or c.low) for c in event.casualties)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021, rebels clashed with the army near Marasso, resulting in fatalities.",
        "On 3 May 2021, rebels clashed with the army near Marasso. Unknown fatalities coded as 3.",
    ],
)
def test_casualties_deaths_not_known_keeps_told_dead(pipeline: RulePipeline, text: str) -> None:
    assert main_event(pipeline, text).fatalities
