"""The records' kind and their written ``__init__``: the same fields, defaults and JSON
whether the module runs as Python or compiled (see docs/speed.md)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from eventcoder.records import (
    RECORD_TYPES,
    Casualty,
    Consistency,
    Document,
    Event,
    Evidence,
    Location,
    Statement,
    Tally,
    record_from_dict,
)


@pytest.mark.parametrize(("cls", "kind"), [(Document, "document"), (Event, "event"),
                                           (Tally, "tally"), (Consistency, "consistency"),
                                           (Statement, "statement")])
def test_the_kind_is_no_field_and_leads_the_json(cls: type, kind: str) -> None:
    assert cls.record == kind  # type: ignore[attr-defined]
    assert RECORD_TYPES[kind] is cls
    assert "record" not in {f.name for f in dataclasses.fields(cls)}


def test_each_record_gets_fresh_lists_and_a_location_of_its_own() -> None:
    one, two = Event(event_id="e1", doc_id="d1"), Event(event_id="e2", doc_id="d1")
    one.casualties.append(Casualty(kind="killed", party="villagers", count=3))
    one.evidence["date"] = [Evidence("d1", 0, 4, "dawn")]
    one.location.country = "Elbonia"
    assert two.casualties == [] and two.evidence == {} and two.location == Location()
    assert Document(doc_id="a").debris is not Document(doc_id="b").debris


def test_an_event_goes_to_json_and_back_and_pickles_equal() -> None:
    event = Event(event_id="e1", doc_id="d1", event_type="battles",
                  location=Location(name="Port Vardin", country="Elbonia", latitude=1.5),
                  casualties=[Casualty("killed", "rebels", 4, qualifier="at_least",
                                       evidence=[Evidence("d1", 10, 26, "at least 4 rebels")])],
                  fatalities=4, confidence=0.75,
                  evidence={"date": [Evidence("d1", 0, 6, "Monday")]})
    data = event.to_dict()
    assert list(data)[:3] == ["record", "event_id", "doc_id"]
    assert data["record"] == "event" and data["confidence"] == 0.75
    assert record_from_dict(data) == event
    assert pickle.loads(pickle.dumps(event)) == event
    assert dataclasses.replace(event, fatalities=5).location == event.location


def test_the_document_leaves_its_text_out_unless_asked() -> None:
    doc = Document(doc_id="n1", text="Shelling hit Port Vardin.", published="2021-06-05")
    assert doc.to_dict()["n_chars"] == 25 and "text" not in doc.to_dict()
    assert doc.to_dict(with_text=True)["text"] == doc.text
    assert record_from_dict(doc.to_dict(with_text=True)) == doc


def test_evidence_stays_frozen_hashable_and_pickles_back_equal() -> None:
    span = Evidence("d1", 3, 9, "Vardin")
    assert Evidence(doc_id="d1", start=3, end=9, text="Vardin") == span
    assert hash(span) == hash(Evidence("d1", 3, 9, "Vardin"))
    assert pickle.loads(pickle.dumps(span)) == span
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]


@pytest.mark.parametrize("record", [
    Document(doc_id="n1", text="Rebels shelled Port Vardin.",
             debris=[Evidence("n1", 0, 6, "Rebels")]),
    Location(name="Port Vardin", country="Elbonia", geo_precision=1),
    Casualty("wounded", "traders", 2, evidence=[Evidence("n1", 3, 12, "2 traders")]),
    Tally("t1", "n1", "the army", "2021-06-01", "2021-06-30", ["Elbonia"], "killed", 30),
    Consistency("n1", 30, [10, 15], 25, "mismatch", "25 of 30 accounted for"),
    Statement("n1", "a spokesman", "We held the bridge.", evidence=[Evidence("n1", 0, 2, "We")]),
], ids=lambda r: type(r).__name__)
def test_every_record_pickles_and_copies_back_equal(record: object) -> None:
    """Compiled, a record's class runs its __init__ when pickle makes the empty object: each
    pickles through its fields instead."""
    import copy

    assert pickle.loads(pickle.dumps(record)) == record
    assert copy.deepcopy(record) == record and copy.copy(record) == record
