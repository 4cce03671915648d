"""A place inside the name of the movement or body that did something is not a place of
the event: "initiated by Don't Let Belgrade D(r)own" says who, not where."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import place_mentions
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Residents rallied in Kragujevac, Serbia. The rally was called by Save Our Novi Sad "
         "Parks, a citizens' group.", "Novi Sad"),
        ("Workers marched in Sfax on Monday. The march was organised by the Friends Of Tunis "
         "Heritage Society.", "Tunis"),
    ],
)
def test_places_place_inside_a_body_named_after_by(text: str, inside: str) -> None:
    assert all(m.text != inside for m in place_mentions(text))


def test_events_movement_named_after_a_city_is_not_the_place() -> None:
    event = only_event(RulePipeline(), (
        "On 14 March 2021, residents banged pots on their balconies in Kraljevo, Serbia, "
        "against the government. The protest was initiated by Don't Let Belgrade D(r)own."))
    assert event.location.name == "Kraljevo"


def test_places_place_after_by_alone_is_kept() -> None:
    found = {m.text: m for m in place_mentions("The convoy was stopped by police near Kirkuk.")}
    assert found["Kirkuk"].place is not None
