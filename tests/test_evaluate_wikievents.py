"""WikiEvents scoring: offsets of the rebuilt text, detection and argument recall."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.evaluate.wikievents import WikiDoc, read_wikievents, rebuild_text, score_wikievents
from eventcoder.records import Casualty, Document, Event, Evidence, Location, Record

FIXTURE = Path(__file__).parent / "fixtures" / "evaluate" / "wikievents-sample.jsonl"
BOMB, MARCH = "sample_car_bomb_1", "sample_march_2"


@pytest.fixture(scope="module")
def docs() -> list[WikiDoc]:
    return read_wikievents(FIXTURE)


def span(doc: WikiDoc, phrase: str) -> Evidence:
    start = doc.text.index(phrase)
    return Evidence(doc.row_id, start, start + len(phrase), phrase)


def perfect_bomb(doc: WikiDoc) -> list[Record]:
    blast = Event(
        event_id="e1", doc_id=doc.row_id, event_type="explosions_remote_violence",
        sub_event_type="remote_explosive_landmine_ied",
        location=Location(name="Kirkuk", country="IQ"),
        actor1="Islamic State",
        actor2="civilians",
        evidence={"event_type": [span(doc, "car bomb exploded")],
                  "actor1": [span(doc, "Militants loyal to the Islamic State")],
                  "actor2": [span(doc, "a crowded market")]},
        casualties=[
            Casualty("killed", "people", 6, evidence=[span(doc, "killing six people")]),
            Casualty("wounded", "people", 14, evidence=[span(doc, "injuring 14")]),
        ],
        confidence=0.9,
    )
    arrest = Event(
        event_id="e2", doc_id=doc.row_id, event_type="strategic_developments",
        sub_event_type="arrests", location=Location(name="Daquq", country="IQ"),
        actor1="Police",
        evidence={"event_type": [span(doc, "arrested two suspects")]},
        casualties=[Casualty("detained", "suspects", 2,
                             evidence=[span(doc, "arrested two suspects")])],
        confidence=0.8,
    )
    return [Document(doc_id=doc.row_id), blast, arrest]


def test_evaluate_wikievents_rebuilds_text_at_annotated_offsets(docs: list[WikiDoc]) -> None:
    bomb = docs[0]
    assert bomb.row_id == BOMB
    # A headline without a stop ends in a line break; a two-character gap is a paragraph end.
    assert bomb.text.startswith("Car bomb kills six near market in Kirkuk\nA car bomb exploded")
    assert "police said.\n\nMilitants" in bomb.text
    kinds = [m.kind for m in bomb.mentions]
    assert kinds == ["attack", "death", "injury", "arrest"], "Contact events are not scored"
    for mention in bomb.mentions:
        assert bomb.text[mention.trigger.start:mention.trigger.end] == mention.trigger.text
        for _, argument in mention.arguments:
            assert bomb.text[argument.start:argument.end] == argument.text
    arrest = bomb.mentions[3]
    assert [(role, a.text) for role, a in arrest.arguments] == [
        ("attacker", "Police"), ("victim", "suspects"), ("place", "Daquq")]
    assert docs[1].mentions == []


def test_evaluate_wikievents_rebuild_keeps_sentence_offsets() -> None:
    sentences = [([["Hello", 0, 5]], "Hello"), ([["Yes", 6, 9], [".", 9, 10]], "Yes."),
                 ([["Go", 12, 14]], "Go")]
    assert rebuild_text(sentences) == "Hello\nYes.\n\nGo"
    with pytest.raises(ValueError):
        rebuild_text([([["a", 0, 1]], "a"), ([["b", 0, 1]], "b")])


def test_evaluate_wikievents_perfect_prediction_scores_one(docs: list[WikiDoc]) -> None:
    predictions = {BOMB: perfect_bomb(docs[0]), MARCH: [Document(doc_id=MARCH)]}
    scores = score_wikievents(docs, predictions)
    values = {k: m.value for k, m in scores.measures.items() if m.n}
    assert values and all(v == 1.0 for v in values.values()), values
    assert scores.measures["place.recall"].n == 3
    assert scores.measures["attacker.recall"].n == 2
    assert scores.measures["victim.recall"].n == 4


def test_evaluate_wikievents_known_errors_score_exactly(docs: list[WikiDoc]) -> None:
    bomb_records = perfect_bomb(docs[0])
    blast = bomb_records[1]
    assert isinstance(blast, Event)
    blast.casualties = [c for c in blast.casualties if c.kind != "wounded"]  # injury missed
    blast.location = Location(name="Baghdad", country="IQ")  # wrong place
    stray = Event(event_id="x", doc_id=MARCH, event_type="riots", sub_event_type="mob_violence")
    false_alarm = Event(event_id="y", doc_id=MARCH, event_type="violence_against_civilians",
                        sub_event_type="attack", evidence={"event_type": [Evidence(MARCH, 0, 8,
                                                                                  "Hundreds")]})
    predictions = {BOMB: bomb_records, MARCH: [Document(doc_id=MARCH), stray, false_alarm]}
    scores = score_wikievents(docs, predictions)
    expected = {
        "attack.doc_precision": 1 / 2,
        "attack.doc_recall": 1.0,
        "attack.mention_recall": 1.0,
        "injury.doc_recall": 0.0,
        "injury.mention_recall": 0.0,
        "death.doc_precision": 1.0,
        "arrest.mention_recall": 1.0,
        # Kirkuk is lost for the attack and the deaths; Daquq is still found for the arrest.
        "place.recall": 1 / 3,
        "attacker.recall": 1.0,
        # The injury's victim has no predicted injury to fill it.
        "victim.recall": 3 / 4,
    }
    assert {k: scores.value(k) for k in expected} == pytest.approx(expected)
    assert scores.measures["injury.doc_precision"].n == 0
    assert scores.value("injury.doc_precision") is None
