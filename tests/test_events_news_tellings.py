"""News stories of raids and strikes under ``fixtures/news_tellings``, written for these
tests, each telling one attack in a form of its own: a raid on a compound told by a defence
department ("no civilians were harmed") and by villagers; a market shooting told from the
police's arrest of a suspect; a checkpoint car bombing told two days later with a revised
toll; a convoy ambush claimed in a group's weekly newsletter; a prison break; a kidnapping
of aid workers with a ransom demanded; a bus attack told in witnesses' words; an attacker
named only in the last paragraph; attackers told as "militants", "gunmen" and "the
assailants"; the dead named with their ages; an ambush told from the funeral.
``expected.json`` holds what a careful analyst records of each; a field it marks
``pending`` is documented there, and asserted still to be read otherwise, so that a reading
that comes right is noticed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.records import Event, Record
from tests.analyst_readings import (
    StoryReadings,
    assert_story_event,
    story_events,
    story_field,
)
from tests.analyst_readings import story_event as _story_event

READINGS = StoryReadings(Path(__file__).parent / "fixtures" / "news_tellings")
FOLDER = READINGS.folder
GOLD = READINGS.gold
NAMES = READINGS.names


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.extract_all()


def story_event(gold: dict[str, Any], events: list[Event]) -> Event:
    """The story's event on the reading's day and in its country; of several (an incident
    read twice, marked ``incidents_pending``), the one at the reading's place."""
    return _story_event(gold, events, by_place_and_actor=True)


_FIELDS = ("admin1", "actor1", "actor2", "sub_event_type", "background", "fatalities",
           "location", "killed", "wounded", "detained", "abducted")


def test_every_story_is_of_the_length_of_news_copy() -> None:
    assert READINGS.lengths_outside(250, 700) == []


@pytest.mark.parametrize("name", READINGS.incident_params())
def test_story_incidents_are_all_told_apart(records: dict[str, list[Record]],
                                            name: str) -> None:
    READINGS.assert_incidents_told_apart(name, records[name])


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}",
                 marks=(pytest.mark.xfail(reason=g["incident_pending"], strict=True),)
                 if g.get("incident_pending") else ())
    for n, k, g in READINGS.gold_events()])
def test_story_event_fields(records: dict[str, list[Record]], name: str, k: int,
                            gold: dict[str, Any]) -> None:
    assert_story_event(story_event(gold, story_events(records[name])), gold)


@pytest.mark.parametrize(("name", "k", "gold", "field"), [
    pytest.param(n, k, g, f, id=f"{n}-{k}-{f}") for n, k, g in READINGS.gold_events()
    for f in g.get("pending", ()) if f in g and f in _FIELDS and not g.get("incident_pending")])
def test_pending_fields_are_still_read_otherwise(records: dict[str, list[Record]], name: str,
                                                 k: int, gold: dict[str, Any],
                                                 field: str) -> None:
    assert story_field(story_event(gold, story_events(records[name])), field) != gold[field]


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in READINGS.gold_events()
    if g.get("attacker_told") and not g.get("incident_pending")])
def test_story_attacker_told_is_evidence(records: dict[str, list[Record]], name: str, k: int,
                                         gold: dict[str, Any]) -> None:
    event = story_event(gold, story_events(records[name]))
    told = [e.text for e in event.evidence.get("actor1", [])]
    for words in gold["attacker_told"]:
        assert words in told, (words, told)


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in READINGS.gold_events()
    if g.get("place_told") and not g.get("incident_pending")
    and "place_told" not in g.get("pending", ())])
def test_story_place_told_is_evidence(records: dict[str, list[Record]], name: str, k: int,
                                      gold: dict[str, Any]) -> None:
    event = story_event(gold, story_events(records[name]))
    told = [e.text for e in event.evidence.get("location", [])]
    for words in gold["place_told"]:
        assert any(words in t for t in told), (words, told)
