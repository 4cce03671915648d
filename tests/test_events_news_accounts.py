"""News stories under ``fixtures/news_accounts``, written for these tests, whose attacker,
victims and place are told in forms of their own: a feature that opens with a survivor's
account and gives the raid's facts in its fourth paragraph; an attacker named by an
acronym defined later; a claim relayed by a group's news agency on Telegram; a lone man
with his motive; a state's strike with the dead counted by a health ministry; two attacks,
the day's and one it cites, each with its own victims; victims told as "the dead included"
and "among the wounded were"; places told as "a village on the outskirts of X", "the town
of X, some 25 kilometres west of Y", "X, a suburb of Y", "the restive province of X"; a
translated agency report; a report that corrects its toll. ``expected.json`` holds what a
careful analyst records of each; a field it marks ``pending`` is documented there, and
asserted still to be read otherwise, so that a reading that comes right is noticed."""

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
    story_field,
)

READINGS = StoryReadings(Path(__file__).parent / "fixtures" / "news_accounts")
FOLDER = READINGS.folder
GOLD = READINGS.gold
NAMES = READINGS.names
_events = story_events
_match = story_event
_gold_events = READINGS.gold_events


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.extract_all()


def test_every_story_is_of_the_length_of_news_copy() -> None:
    assert READINGS.lengths_outside(250, 700) == []


@pytest.mark.parametrize("name", READINGS.incident_params())
def test_story_incidents_are_all_told_apart(records: dict[str, list[Record]],
                                            name: str) -> None:
    READINGS.assert_incidents_told_apart(name, records[name])


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in _gold_events()])
def test_story_event_fields(records: dict[str, list[Record]], name: str, k: int,
                            gold: dict[str, Any]) -> None:
    assert_story_event(_match(gold, _events(records[name])), gold)


@pytest.mark.parametrize(("name", "k", "gold", "field"), [
    pytest.param(n, k, g, f, id=f"{n}-{k}-{f}") for n, k, g in _gold_events()
    for f in g.get("pending", ()) if f in g])
def test_pending_fields_are_still_read_otherwise(records: dict[str, list[Record]], name: str,
                                                 k: int, gold: dict[str, Any],
                                                 field: str) -> None:
    assert story_field(_match(gold, _events(records[name])), field) != gold[field]


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in _gold_events()
    if g.get("attacker_told")])
def test_story_attacker_told_is_evidence(records: dict[str, list[Record]], name: str, k: int,
                                         gold: dict[str, Any]) -> None:
    told = [e.text for e in _match(gold, _events(records[name])).evidence.get("actor1", [])]
    for words in gold["attacker_told"]:
        assert words in told, (words, told)


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in _gold_events()
    if g.get("place_told")])
def test_story_place_told_is_evidence(records: dict[str, list[Record]], name: str, k: int,
                                      gold: dict[str, Any]) -> None:
    told = [e.text for e in _match(gold, _events(records[name])).evidence.get("location", [])]
    for words in gold["place_told"]:
        assert any(words in t for t in told), (words, told)
