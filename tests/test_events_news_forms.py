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

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder import extract
from eventcoder.records import Event, Record
from tests.analyst_readings import assert_story_event

FOLDER = Path(__file__).parent / "fixtures" / "news_forms"
GOLD: dict[str, Any] = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))[
    "articles"]
NAMES = sorted(GOLD)


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return {name: extract((FOLDER / f"{name}.txt").read_text(encoding="utf-8"),
                          published=GOLD[name]["published"], doc_id=name)
            for name in NAMES}


def _events(found: list[Record]) -> list[Event]:
    return [r for r in found if isinstance(r, Event)]


def _match(gold: dict[str, Any], events: list[Event]) -> Event:
    found = [e for e in events if e.date_start == gold["date_start"]
             and e.location.country == gold["country"]]
    assert len(found) == 1, [(e.date_start, e.location.country, e.notes) for e in events]
    return found[0]


def _gold_events() -> list[tuple[str, int, dict[str, Any]]]:
    return [(name, k, event) for name in NAMES for k, event in enumerate(GOLD[name]["events"])]


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=(pytest.mark.xfail(reason=GOLD[n]["incidents_pending"], strict=True),)
                 if GOLD[n].get("incidents_pending") else ())
    for n in NAMES])
def test_story_incidents_are_all_told_apart(records: dict[str, list[Record]],
                                            name: str) -> None:
    events = _events(records[name])
    assert sorted((e.date_start or "", e.location.country or "") for e in events) == sorted(
        (g["date_start"], g["country"]) for g in GOLD[name]["events"]), [
        e.notes for e in events]


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
