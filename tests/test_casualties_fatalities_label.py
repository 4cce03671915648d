"""A note's own count after its label ("Fatalities: 3.", "Fatalities: 0.", "Deaths: none")
is the number of dead, not a plural telling of some dead."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    ("label", "dead"),
    [("Fatalities: 3.", 3), ("Fatalities: 0.", 0), ("Deaths: none.", 0), ("Fatalities: 12.", 12)],
)
def test_casualties_fatalities_label(pipeline: RulePipeline, label: str, dead: int) -> None:
    event = main_event(pipeline, "On 6 April 2022, rebels and soldiers exchanged fire near "
                                 f"Kitchanga. {label}")
    assert (event.fatalities or 0) == dead
