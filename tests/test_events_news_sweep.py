"""News stories of raids, strikes and ambushes of other years and regions, under
``fixtures/news_sweep``, written for these tests, each of a kind the other folders lack: a
drone strike whose toll the two sides give differently; a convoy ambush told under a
dateline town far from the attack; a hostage rescue raid with the captors killed and
arrested; a second, unrelated incident in a story's last paragraphs; a retaliatory airstrike
told before the bombing of the day before; British copy with "the Army said", ranks and a
village "some 40 km north of" a town; a toll told only in a quoted mayor's words.
``expected.json`` holds what a careful analyst records of each (events and statements); a
field it marks ``pending`` is documented there, and asserted still to be read otherwise, so
that a reading that comes right is noticed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.records import Record, Statement
from tests.analyst_readings import (
    StoryReadings,
    assert_story_event,
    assert_told_is_evidence,
    story_field,
)

READINGS = StoryReadings(Path(__file__).parent / "fixtures" / "news_sweep")
GOLD = READINGS.gold

_FIELDS = ("admin1", "actor1", "actor2", "sub_event_type", "background", "fatalities",
           "location", "geo_precision", "killed", "wounded", "detained", "abducted")
_STATEMENT_FIELDS = ("speaker", "role", "organisation")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.extract_all()


def _gold_statements() -> list[tuple[str, int, dict[str, Any]]]:
    return [(name, k, g) for name in READINGS.names
            for k, g in enumerate(GOLD[name].get("statements", ()))]


def _statement(found: list[Record], gold: dict[str, Any]) -> Statement | None:
    """The one statement whose quote opens with the reading's words, or None."""
    told = [r for r in found if isinstance(r, Statement)
            and r.quote.startswith(gold["quote_starts"])]
    return told[0] if len(told) == 1 else None


def test_news_sweep_stories_are_of_the_length_of_news_copy() -> None:
    assert READINGS.lengths_outside(250, 700) == []


@pytest.mark.parametrize("name", READINGS.incident_params())
def test_news_sweep_incidents_are_all_told_apart(records: dict[str, list[Record]],
                                                 name: str) -> None:
    READINGS.assert_incidents_told_apart(name, records[name])


@pytest.mark.parametrize(("name", "k", "gold"), READINGS.event_params())
def test_news_sweep_event_fields(records: dict[str, list[Record]], name: str, k: int,
                                 gold: dict[str, Any]) -> None:
    assert_story_event(READINGS.event_of(gold, records[name]), gold)


@pytest.mark.parametrize(("name", "k", "gold", "field"), READINGS.pending_params(_FIELDS))
def test_news_sweep_pending_fields_are_still_read_otherwise(
        records: dict[str, list[Record]], name: str, k: int, gold: dict[str, Any],
        field: str) -> None:
    assert story_field(READINGS.event_of(gold, records[name]), field) != gold[field]


@pytest.mark.parametrize(("name", "k", "gold", "told"), READINGS.told_params())
def test_news_sweep_attacker_and_place_told_are_evidence(
        records: dict[str, list[Record]], name: str, k: int, gold: dict[str, Any],
        told: str) -> None:
    assert_told_is_evidence(READINGS.event_of(gold, records[name]), gold, told)


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in _gold_statements()])
def test_news_sweep_statement_fields(records: dict[str, list[Record]], name: str, k: int,
                                     gold: dict[str, Any]) -> None:
    pending = set(gold.get("pending", ()))
    statement = _statement(records[name], gold)
    if statement is None:
        assert pending, [r.quote[:40] for r in records[name] if isinstance(r, Statement)]
        return
    for field in _STATEMENT_FIELDS:
        if field in gold:
            read = getattr(statement, field)
            assert (read != gold[field]) if field in pending else (read == gold[field]), (
                field, read)
