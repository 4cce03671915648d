"""Merging reports of one event: documents, agreement per field, best/low/high counts."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from eventcoder.reconcile import RECONCILER, explain, explain_cluster, merge_events, merged_id
from eventcoder.records import Casualty, Event, Evidence, Location, record_from_dict

MOGADISHU = {"place": "Mogadishu", "country": "SO", "admin1": "Banaadir",
             "latitude": 2.03711, "longitude": 45.34375, "geo_precision": 1}


def report(event_id: str, doc_id: str, killed: list[tuple[str | None, int | None, str]],
           **fields: Any) -> Event:
    casualties = [
        Casualty("killed", party, count, qualifier=qualifier,  # type: ignore[arg-type]
                 evidence=[Evidence(doc_id, 10, 12, str(count))])
        for party, count, qualifier in killed
    ]
    values: dict[str, Any] = {
        "event_type": "explosions_remote_violence",
        "sub_event_type": "suicide_bomb",
        "date_start": "2023-10-02",
        "date_end": "2023-10-02",
        "date_basis": "stated",
        "time_precision": 1,
        "actor1": "Al Shabaab",
        "actor2": "Civilians (Somalia)",
        "location": Location(**MOGADISHU),
        "confidence": 0.5,
        "notes": f"notes of {event_id}",
    }
    values.update(fields)
    return Event(event_id=event_id, doc_id=doc_id, casualties=casualties, **values)


A = report("e-a", "doc-3", [("Civilians (Somalia)", 12, "exact")])
B = report("e-b", "doc-1", [("Civilians (Somalia)", 12, "exact")], equipment=["car bomb"])
C = report("e-c", "doc-2", [(None, 15, "at_least")], actor1=None,
           location=Location(name="Mogadisho", country="SO", geo_precision=2))


def test_reconcile_merge_lists_every_document_and_member() -> None:
    merged = merge_events([A, B, C])
    assert merged.doc_ids == ["doc-1", "doc-2", "doc-3"]
    assert merged.doc_id == "doc-1"
    assert merged.source_count == 3
    assert merged.members == ["e-a", "e-b", "e-c"]
    assert merged.extractor == RECONCILER
    assert merged.event_id == merged_id(["e-c", "e-a", "e-b"])


def test_reconcile_merge_keeps_best_low_high_with_their_sources() -> None:
    merged = merge_events([A, B, C])
    (killed,) = merged.casualties
    # the side-less "at least 15" is counted for the one side the others name
    assert killed.party == "Civilians (Somalia)"
    assert (killed.count, killed.low, killed.high) == (12, 12, 15)
    assert killed.qualifier == "exact"
    assert merged.agreement["casualties.killed.Civilians (Somalia)"] == {
        "12": ["doc-1", "doc-3"],
        "at least 15": ["doc-2"],
    }
    assert merged.fatalities == 12
    assert merged.agreement["fatalities"] == {"12": ["doc-1", "doc-3"], "15": ["doc-2"]}
    assert [e.doc_id for e in killed.evidence] == ["doc-1", "doc-2", "doc-3"]


def test_reconcile_merge_tie_takes_the_lower_count() -> None:
    low = report("e-1", "d1", [(None, 20, "exact")])
    high = report("e-2", "d2", [(None, 24, "exact")])
    merged = merge_events([high, low])
    assert (merged.casualties[0].count, merged.casualties[0].low,
            merged.casualties[0].high) == (20, 20, 24)
    assert merged.fatalities == 20


def test_reconcile_merge_records_agreement_of_each_field() -> None:
    merged = merge_events([A, B, C])
    assert merged.agreement["actor1"] == {"Al Shabaab": ["doc-1", "doc-3"]}
    assert merged.agreement["location"] == {
        "Mogadishu (SO)": ["doc-1", "doc-3"], "Mogadisho (SO)": ["doc-2"],
    }
    assert merged.agreement["date"] == {"2023-10-02": ["doc-1", "doc-2", "doc-3"]}
    # the most precise place wins, with its coordinates
    assert merged.location.place == "Mogadishu"
    assert merged.location.geo_precision == 1
    assert merged.actor1 == "Al Shabaab"
    assert merged.equipment == ["car bomb"]
    assert merged.confidence == pytest.approx(1 - 0.5**3)


def test_reconcile_merge_does_not_depend_on_order() -> None:
    expected = merge_events([A, B, C]).to_dict()
    for order in itertools.permutations([A, B, C]):
        assert merge_events(list(order)).to_dict() == expected


@pytest.mark.parametrize("split", [([A, B], [C]), ([A], [B, C]), ([A, C], [B])])
def test_reconcile_merge_of_merged_events_equals_merge_of_reports(
    split: tuple[list[Event], list[Event]]
) -> None:
    first, rest = split
    again = merge_events([merge_events(first), *rest]).to_dict()
    assert again == merge_events([A, B, C]).to_dict()


def test_reconcile_merge_refuses_two_events_of_one_report() -> None:
    twin = report("e-z", "doc-1", [(None, 3, "exact")])
    with pytest.raises(ValueError, match="both come from document doc-1"):
        merge_events([B, twin])


def test_reconcile_merge_round_trips_through_json() -> None:
    merged = merge_events([A, B, C])
    assert record_from_dict(merged.to_dict()) == merged


def test_reconcile_merge_keeps_zero_and_unknown_apart_from_numbers() -> None:
    none = report("e-1", "d1", [(None, 0, "zero")])
    unknown = report("e-2", "d2", [(None, None, "unknown")])
    merged = merge_events([none, unknown])
    assert merged.agreement["casualties.killed.unspecified"] == {"0": ["d1"], "unknown": ["d2"]}
    (killed,) = merged.casualties
    assert killed.qualifier == "zero"
    assert (killed.count, killed.low, killed.high) == (0, 0, 0)


def test_reconcile_explain_says_why_and_who_disagrees() -> None:
    text = explain_cluster([A, B, C])
    assert text.splitlines()[0].startswith(f"Event {merge_events([A, B, C]).event_id} merges 3")
    assert "killed / Civilians (Somalia): sources disagree: 12 (doc-1, doc-3); " \
           "at least 15 (doc-2)" in text
    assert "best 12, low 12, high 15" in text
    assert "e-c and the merged reports e-a, e-b: same event" in text
    assert "location: Mogadisho and Mogadishu are spellings of one place" in text
    assert " differ: " not in text


def test_reconcile_explain_single_report() -> None:
    text = explain(merge_events([A]))
    assert "from 1 document(s): doc-3" in text
    assert "nothing was merged" in text
