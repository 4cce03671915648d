"""An attack's attacker told again in the story's own words is evidence of the attacker:
"a man opened fire", "the shooter", "the suspect", the name the police give him and that
name told again by the surname; not where the side that acted is a state force (its
"suspect" is the man it struck)."""

from __future__ import annotations

import pytest

from eventcoder import events, extract
from eventcoder.records import Event

SHOOTING = (
    "LEEDS, England (AP) — A man opened fire in a crowded pub in the Headingley area of "
    "Leeds on Friday night, killing two people and wounding five, police said.\n\n"
    "The shooter fled on foot but was caught an hour later. The suspect, identified as "
    "Darren Whitcombe, 44, is being questioned.\n\n"
    "Whitcombe had been banned from the pub last month, the landlord said.")


def _first(text: str, published: str) -> Event:
    return next(r for r in extract(text, published=published) if isinstance(r, Event))


def test_the_lone_attacker_told_again_is_evidence_of_actor1() -> None:
    event = _first(SHOOTING, "2024-05-11")
    assert event.actor1 == "Unidentified Armed Group (United Kingdom)"
    told = [e.text for e in event.evidence["actor1"]]
    for words in ("A man", "The shooter", "The suspect", "Darren Whitcombe", "Whitcombe"):
        assert words in told, (words, told)
    # the deed is no part of the words for the man
    assert "A man opened fire" not in told


def test_a_name_told_by_the_police_after_the_word_for_the_attacker() -> None:
    text = ("Gunmen attacked a checkpoint near Kidal on Tuesday, killing three soldiers. "
            "The army named the attacker as Moussa Ag Baye, who was killed in the fight.")
    event = _first(text, "2023-03-08")
    told = [e.text for e in event.evidence["actor1"]]
    assert "Gunmen" in told and "Moussa Ag Baye" in told, told


def test_a_force_that_struck_a_suspect_has_no_suspect_as_its_evidence() -> None:
    text = ("Police shot dead a suspect during a raid on a house in Lagos on Monday, a police "
            "spokesman said. The suspect was wanted for robbery.")
    event = _first(text, "2023-03-07")
    assert event.actor1 == "Police Forces of Nigeria"
    told = [e.text for e in event.evidence.get("actor1", [])]
    assert not any("suspect" in t.lower() for t in told), told


@pytest.mark.parametrize("text", [
    "the shooter", "a lone gunman", "The suspects", "the alleged killer", "an arsonist",
    "the would-be bomber", "Assailants", "the perpetrators",
])
def test_every_word_for_the_attacker_holds_its_gate_word(text: str) -> None:
    match = events._ATTACKER_TOLD.search(text.lower())
    assert match is not None
    assert any(stem in match.group() for stem in events._ATTACKER_STEMS)


@pytest.mark.parametrize("text", [
    "a man opened fire", "a 19-year-old woman stabbed", "a young man who set fire",
    "a masked youth threw", "a teenager drove",
])
def test_every_person_told_by_the_deed_holds_its_gate_word(text: str) -> None:
    match = events._PERSON_DOING.search(text)
    assert match is not None
    assert any(word in match.group() for word in ("man", "youth", "teenager"))


def test_no_word_for_the_attacker_no_evidence() -> None:
    assert events._attacker_retold(
        "Troops repelled an attack.", "troops repelled an attack.", 0, 27) == []


def test_the_man_a_court_found_guilty_of_the_bombing_is_evidence_of_actor1() -> None:
    text = ("A court in Peshawar has sentenced a man to life in prison over a bombing at a "
            "market in the city on 3 May 2021 that killed nine shoppers.\n\n"
            "The court found Karim Dad, 29, guilty of planting the bomb. Dad's lawyer said "
            "he would appeal.")
    event = _first(text, "2024-02-20")
    told = [e.text for e in event.evidence.get("actor1", [])]
    assert "Karim Dad" in told and "Dad" in told, told


@pytest.mark.parametrize(("text", "word", "k"), [
    ("The court found Karim Dad, 29, guilty of planting the bomb.", "guilty", 0),
    ("A jury convicted Karim Dad of the bombing.", "convicted", 1),
])
def test_every_name_held_by_a_court_holds_its_gate_word(text: str, word: str, k: int) -> None:
    match = events._CONVICTED_NAMED[k].search(text)
    assert match is not None and word in match.group()
    assert match.group(1) == "Karim Dad"


def test_a_man_found_innocent_is_not_named_as_the_attacker() -> None:
    assert events._CONVICTED_NAMED[0].search("The court found Karim Dad innocent.") is None
