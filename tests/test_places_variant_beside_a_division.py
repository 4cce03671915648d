"""A town read in the country of a division the text names beside it is not re-read as a
name one letter off in the country of a force the text mentions."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def test_places_town_of_the_division_named(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 9 July 2022, Turkish drones hit a hillside in the "
                                 "mountains of Amadiya district in Duhok.")
    assert event.location is not None
    assert event.location.country == "IQ"
    assert event.location.admin1 == "Duhok"
