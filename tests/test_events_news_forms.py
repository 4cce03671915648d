"""News stories of one attack, under ``fixtures/news_forms``, written for these tests, whose
attacker, victims and place are told in forms of their own: a lone shooter told as "a man",
"the shooter", "the suspect" and by name; a bombing of worshippers claimed paragraphs
later; a school kidnapping "outside" a city with a ransom; an arson told at its
anniversary; a convoy ambush claimed in a video posted a day later; a grenade attack told
from the police's arrest of suspects; a wedding bombing told from the trial. Each
``expected.json`` event lists what a careful analyst records, and the words of the story
that tell its attacker and its place, which the event's evidence must hold (the spans a
reader follows back to the text); fields marked ``pending`` are documented there and not
asserted here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.records import Record
from tests.analyst_readings import (
    StoryReadings,
    assert_story_event,
    story_event,
    story_events,
)

READINGS = StoryReadings(Path(__file__).parent / "fixtures" / "news_forms")
FOLDER = READINGS.folder
GOLD = READINGS.gold
NAMES = READINGS.names
_events = story_events
_match = story_event
_gold_events = READINGS.gold_events


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.extract_all()


@pytest.mark.parametrize("name", READINGS.incident_params())
def test_story_incidents_are_all_told_apart(records: dict[str, list[Record]],
                                            name: str) -> None:
    READINGS.assert_incidents_told_apart(name, records[name])


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in _gold_events()])
def test_story_event_fields(records: dict[str, list[Record]], name: str, k: int,
                            gold: dict[str, Any]) -> None:
    event = _match(gold, _events(records[name]))
    assert_story_event(event, gold)


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in _gold_events()
    if g.get("attacker_told") and "attacker_told" not in g.get("pending", ())])
def test_story_attacker_told_again_is_evidence(records: dict[str, list[Record]], name: str,
                                               k: int, gold: dict[str, Any]) -> None:
    event = _match(gold, _events(records[name]))
    told = [e.text for e in event.evidence.get("actor1", [])]
    for words in gold["attacker_told"]:
        assert words in told, (words, told)


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in _gold_events()
    if g.get("place_told") and "place_told" not in g.get("pending", ())])
def test_story_place_told_is_evidence(records: dict[str, list[Record]], name: str, k: int,
                                      gold: dict[str, Any]) -> None:
    event = _match(gold, _events(records[name]))
    told = [e.text for e in event.evidence.get("location", [])]
    for words in gold["place_told"]:
        assert any(words in t for t in told), (words, told)
