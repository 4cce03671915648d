"""News stories under ``fixtures/attacker_forms``, written for these tests, whose attacker is
told in a form of its own: only as the owner of the weapon ("the paramilitary X's drones
hit"); as the agent of a passive told far from its verb ("were killed on Sunday, while
escorting a truck along the road between A and B, by X militants"); named in the first,
headline-like line only, the body saying "the rebels"; as "suspected X militants"; blamed
by the authorities and denied in a statement said to be the group's, in a machine
translation under a scraped header; a strike told by its aircraft's country alone
("Turkish drones struck"). ``expected.json`` holds what a careful analyst records of each;
a field it marks ``pending`` is documented there and asserted still to be read otherwise,
so that a reading that comes right is noticed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event, Record
from tests.analyst_readings import (
    StoryReadings,
    assert_story_event,
    story_event,
    story_events,
    story_field,
)

READINGS = StoryReadings(Path(__file__).parent / "fixtures" / "attacker_forms")
FOLDER = READINGS.folder
GOLD = READINGS.gold
NAMES = READINGS.names


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.extract_all()


def _match(name: str, gold: dict[str, Any], found: list[Record]) -> Event:
    return story_event(gold, story_events(found),
                       by_place_and_actor=bool(GOLD[name].get("incidents_pending")))


def test_every_story_is_of_the_length_of_news_copy() -> None:
    assert READINGS.lengths_outside(250, 600) == []


@pytest.mark.parametrize("name", READINGS.incident_params())
def test_story_incidents_are_all_told_apart(records: dict[str, list[Record]],
                                            name: str) -> None:
    READINGS.assert_incidents_told_apart(name, records[name])


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in READINGS.gold_events()])
def test_story_event_fields(records: dict[str, list[Record]], name: str, k: int,
                            gold: dict[str, Any]) -> None:
    assert_story_event(_match(name, gold, records[name]), gold)


@pytest.mark.parametrize(("name", "k", "gold", "field"), [
    pytest.param(n, k, g, f, id=f"{n}-{k}-{f}") for n, k, g in READINGS.gold_events()
    for f in g.get("pending", ()) if f in g])
def test_pending_fields_are_still_read_otherwise(records: dict[str, list[Record]], name: str,
                                                 k: int, gold: dict[str, Any],
                                                 field: str) -> None:
    assert story_field(_match(name, gold, records[name]), field) != gold[field]


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}") for n, k, g in READINGS.gold_events()
    if g.get("attacker_told")])
def test_story_attacker_told_is_evidence(records: dict[str, list[Record]], name: str, k: int,
                                         gold: dict[str, Any]) -> None:
    told = [e.text for e in _match(name, gold, records[name]).evidence.get("actor1", [])]
    for words in gold["attacker_told"]:
        assert words in told, (words, told)


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def _far_agent() -> str:
    """The first three paragraphs of the border ambush story: the toll with its agent told
    far from the verb, then "the attackers" and their weapons."""
    story = (FOLDER / "kenya-mandera-ambush-killed-by-far.txt").read_text(encoding="utf-8")
    return "\n\n".join(story.split("\n\n")[:3])


_AGENT = "by a group of heavily armed al-Shabaab militants"


def test_a_passive_agent_told_far_from_its_verb_is_the_attacker() -> None:
    events = _events(_far_agent(), "2024-06-03")
    assert [e.actor1 for e in events] == ["Al Shabaab"], [e.notes for e in events]


@pytest.mark.parametrize("told", ["by a group of heavily armed militants",
                                  "in an area held by al-Shabaab militants"])
def test_no_named_agent_leaves_the_attackers_unnamed(told: str) -> None:
    # no group told as the toll's agent (none at all, or one holding the place): the
    # attackers remain unnamed
    text = _far_agent()
    assert _AGENT in text
    events = _events(text.replace(_AGENT, told), "2024-06-03")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Kenya)"], [
        e.notes for e in events]


@pytest.mark.parametrize("share", ["Most of the victims", "Half of the victims"])
def test_a_share_of_the_victims_is_no_count_of_its_own(share: str) -> None:
    mentions = find_casualty_mentions(f"{share} were hacked to death.")
    assert [m.count for m in mentions] == [None], mentions
    text = ("Nine villagers were killed overnight in an attack on a village in North Kivu "
            f"province, officials said. {share} were hacked to death.")
    assert [e.fatalities for e in _events(text, "2024-09-22")] == [9]


@pytest.mark.parametrize(("told", "events"), [
    ("has carried out frequent drone attacks on", 0),
    ("carried out drone attacks on", 1),
])
def test_frequent_attacks_are_a_way_not_an_incident(told: str, events: int) -> None:
    text = ("Residents said the market reopened on Tuesday. Turkey " + told + " the group's "
            "commanders in northeast Syria on Monday.")
    assert len(_events(text, "2024-08-08")) == events
