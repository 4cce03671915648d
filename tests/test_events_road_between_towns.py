"""An event "on the road between A and B" lies somewhere along the way: placed at one end,
it is near that town (precision 2), and the road a later sentence names retells the event
the lead placed in a district by a distant town ("in X district, east of Y")."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import document


def _events(pipeline: RulePipeline, text: str) -> list[Event]:
    return [r for r in pipeline(document("t", text, published="2024-05-06"))
            if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("A security source said on Monday that an explosive device exploded on a vehicle of "
         "the army in Tooz district, south of Kirkuk, killing a soldier. The source said that "
         "\"the explosion occurred on the road between Tuz Khurmatu and Daquq.\"",
         "Salah ad Din"),
        ("Gunmen killed two farmers in Al-Shirqat district, north of Tikrit, on Monday. A "
         "police source said the attack took place on the road between Al-Shirqat and "
         "Qayyarah.", "Salah ad Din"),
    ],
)
def test_events_road_retold_after_district(pipeline: RulePipeline, text: str,
                                           admin1: str) -> None:
    events = _events(pipeline, text)
    assert [(e.location.admin1, e.location.geo_precision) for e in events] == [(admin1, 2)], [
        e.notes for e in events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three workers were killed when a landmine exploded on their bus on the road between "
         "Palmyra and al-Sukhnah in the eastern countryside of Homs on Sunday.", "Tadmur"),
        ("A drone struck a car on the road between Sinjar and ad-Dawudiya on Sunday, killing "
         "two men.", "Sinjar"),
        # a third town placing the road is no place of the event
        ("An explosive device exploded on Saturday on the road between Tarmiyah and "
         "Mushahada, north of Baghdad, wounding three civilians.", "At Tarmiyah"),
    ],
)
def test_events_route_end_is_near(pipeline: RulePipeline, text: str, place: str) -> None:
    events = _events(pipeline, text)
    assert [(e.location.place, e.location.geo_precision) for e in events] == [(place, 2)], [
        e.notes for e in events]

