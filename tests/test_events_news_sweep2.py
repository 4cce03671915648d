"""News stories of raids, strikes and attacks of other years and regions, under
``fixtures/news_sweep2``, written for these tests, each of a kind the other folders lack: a
scraped page with a byline, a photo caption and a "Related:" list of headlines; a toll that
rises through the day; a trial for an attack two years before; two clashes in neighbouring
districts told in one sentence; a wire story with a correction line; a group's Telegram claim
the army denies; an ambush "on the highway between" two towns. ``expected.json`` holds what a
careful analyst records of each (events and statements); a field it marks ``pending`` is
documented there, and asserted still to be read otherwise, so that a reading that comes right
is noticed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.records import Record
from tests.analyst_readings import (
    StoryReadings,
    assert_story_event,
    assert_story_statement,
    assert_told_is_evidence,
    story_field,
    story_statement_params,
)

READINGS = StoryReadings(Path(__file__).parent / "fixtures" / "news_sweep2")
GOLD = READINGS.gold

_FIELDS = ("admin1", "actor1", "actor2", "sub_event_type", "background", "fatalities",
           "location", "geo_precision", "killed", "wounded", "detained", "abducted")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.extract_all()



def test_news_sweep2_stories_are_of_the_length_of_news_copy() -> None:
    assert READINGS.lengths_outside(250, 700) == []


@pytest.mark.parametrize("name", READINGS.incident_params())
def test_news_sweep2_incidents_are_all_told_apart(records: dict[str, list[Record]],
                                                 name: str) -> None:
    READINGS.assert_incidents_told_apart(name, records[name])


@pytest.mark.parametrize(("name", "k", "gold"), READINGS.event_params())
def test_news_sweep2_event_fields(records: dict[str, list[Record]], name: str, k: int,
                                 gold: dict[str, Any]) -> None:
    assert_story_event(READINGS.event_of(gold, records[name]), gold)


@pytest.mark.parametrize(("name", "k", "gold", "field"), READINGS.pending_params(_FIELDS))
def test_news_sweep2_pending_fields_are_still_read_otherwise(
        records: dict[str, list[Record]], name: str, k: int, gold: dict[str, Any],
        field: str) -> None:
    assert story_field(READINGS.event_of(gold, records[name]), field) != gold[field]


@pytest.mark.parametrize(("name", "k", "gold", "told"), READINGS.told_params())
def test_news_sweep2_attacker_and_place_told_are_evidence(
        records: dict[str, list[Record]], name: str, k: int, gold: dict[str, Any],
        told: str) -> None:
    assert_told_is_evidence(READINGS.event_of(gold, records[name]), gold, told)


@pytest.mark.parametrize(("name", "k", "gold"), story_statement_params(READINGS))
def test_news_sweep2_statement_fields(records: dict[str, list[Record]], name: str, k: int,
                                      gold: dict[str, Any]) -> None:
    assert_story_statement(records[name], gold)
