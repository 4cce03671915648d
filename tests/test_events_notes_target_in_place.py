"""The notes sentence puts the second actor where English puts an object: after a
transitive verb and before the weapon ("attacked Military Forces of Somalia with an
explosive device"), never in brackets after the weapon; an area the gazetteer lacks is told
by the town that places it."""

from __future__ import annotations

import pytest

from eventcoder.events import write_notes
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Location
from tests.records_factory import only_event


def _event(sub_event_type: str, actor1: str, actor2: str | None) -> Event:
    return Event(event_id="n:e1", doc_id="n", event_type="explosions_remote_violence",
                 sub_event_type=sub_event_type, date_start="2024-03-02",
                 date_end="2024-03-02", time_precision=1,
                 location=Location(name="Baidoa", place="Baidoa", country="SO", admin1="Bay"),
                 actor1=actor1, actor2=actor2)


@pytest.mark.parametrize(
    ("sub_event_type", "actor2", "action"),
    [
        ("remote_explosive_landmine_ied", "Military Forces of Somalia",
         "Al Shabaab attacked Military Forces of Somalia with an explosive device in Baidoa"),
        ("shelling_artillery_missile_attack", "Civilians (Somalia)",
         "Al Shabaab shelled Civilians (Somalia) in Baidoa"),
        ("grenade", "Police Forces of Somalia",
         "Al Shabaab attacked Police Forces of Somalia with a grenade in Baidoa"),
        ("arrests", "Islamic State", "Al Shabaab arrested Islamic State in Baidoa"),
        ("remote_explosive_landmine_ied", None,
         "Al Shabaab set off an explosive device in Baidoa"),
        ("shelling_artillery_missile_attack", None, "Al Shabaab carried out shelling in Baidoa"),
    ],
)
def test_events_notes_second_actor_as_object(sub_event_type: str, actor2: str | None,
                                             action: str) -> None:
    notes = write_notes(_event(sub_event_type, "Al Shabaab", actor2))
    assert notes == f"On 2 March 2024, {action} (Bay).", notes


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Iraqi aircraft struck a hideout of terrorists in the Wadi Umm Tuba area south-east "
         "of Tikrit on Sunday, killing four of them.", " in Wadi Umm Tuba near Tikrit "),
    ],
)
def test_events_notes_area_by_its_town(pipeline: RulePipeline, text: str, where: str) -> None:
    notes = only_event(pipeline, text).notes
    assert where in notes, notes
