"""A town outside the first-level division named nearer the event's word is not its place."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "admin1", "place"),
    [
        # The province is the event's; the town in the next sentence is elsewhere.
        ("On 3 March 2021, in the province of Tucuman, farmers blocked a national highway "
         "with their trucks. They asked to pay for diesel what growers pay in Rosario.",
         "Tucuman", None),
        ("On 9 July 2021, in the state of Sonora, relatives of missing people marched to the "
         "state congress. The march followed a similar one held in Guadalajara in June.",
         "Sonora", None),
        # A town inside the division named stays the event's place.
        ("On 4 March 2021, in Cafayate, in the province of Salta, vineyard workers went on "
         "strike over wages. Similar strikes had been held in Mendoza.", "Salta", "Cafayate"),
    ],
)
def test_events_town_outside_nearer_division(pipeline: RulePipeline, text: str, admin1: str,
                                             place: str | None) -> None:
    event = only_event(pipeline, text)
    assert event.location.admin1 == admin1
    if place is not None:
        assert event.location.place == place
