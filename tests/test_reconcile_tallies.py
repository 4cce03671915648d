"""Tallies that outlets copy from one press release merge; other claims stay apart."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from eventcoder.reconcile import (
    cluster_tallies,
    compare_tallies,
    merge_tallies,
    reconcile_tallies,
    same_tally,
)
from eventcoder.records import Tally


def tally(tally_id: str, doc_id: str, **fields: Any) -> Tally:
    values: dict[str, Any] = {
        "reporter": "Joint Operations Command",
        "period_start": "2024-04-01",
        "period_end": "2024-04-30",
        "area": ["IQ"],
        "metric": "operations",
        "value": 37,
        "qualifier": None,
        "party": None,
    }
    values.update(fields)
    return Tally(tally_id=tally_id, doc_id=doc_id, **values)


RELEASE = tally("t1", "d1", party="Islamic State")


@pytest.mark.parametrize(
    ("changes", "same", "why"),
    [
        ({}, True, None),
        ({"reporter": None}, True, None),  # an outlet that does not say who counted
        ({"value": 38}, True, None),  # within 10%, at least one
        ({"value": 45}, False, "value"),
        ({"reporter": "Ministry of Defence"}, False, "reporter"),
        ({"period_start": "2024-03-01", "period_end": "2024-03-31"}, False, "period"),
        ({"metric": "strikes"}, False, "metric"),
        ({"area": ["IQ", "SY"]}, False, "area"),
        ({"qualifier": "partnered"}, True, None),  # an outlet that drops the qualifier
        ({"party": "Islamic State", "qualifier": "partnered"}, True, None),
        ({"party": "suspects"}, True, None),
        ({"doc_id": "d1"}, False, "documents"),
    ],
)
def test_reconcile_tallies_compare(changes: dict[str, Any], same: bool, why: str | None) -> None:
    doc_id = changes.pop("doc_id", "d2")
    other = tally("t2", doc_id, **changes)
    explanation = compare_tallies(RELEASE, other)
    assert explanation.same is same
    assert same_tally(other, RELEASE) is same
    if why:
        assert explanation.criterion(why).verdict == "conflict"


def test_reconcile_tallies_qualifier_and_side() -> None:
    partnered = tally("t2", "d2", qualifier="partnered")
    unilateral = tally("t3", "d3", qualifier="unilateral")
    assert compare_tallies(partnered, unilateral).criterion("qualifier").verdict == "conflict"
    assert not same_tally(partnered, unilateral)
    relabelled = compare_tallies(RELEASE, tally("t4", "d4", party="suspects"))
    assert relabelled.same
    assert relabelled.criterion("party").verdict == "conflict"
    assert "party: Islamic State vs suspects" in relabelled.reasons


def test_reconcile_tallies_merge_keeps_every_document_and_value() -> None:
    copies = [RELEASE, tally("t2", "d3", value=38), tally("t3", "d2", reporter=None)]
    merged = merge_tallies(copies)
    assert merged.doc_ids == ["d1", "d2", "d3"]
    assert merged.source_count == 3
    assert merged.value == 37
    assert merged.agreement["value"] == {"37": ["d1", "d2"], "38": ["d3"]}
    assert merged.agreement["reporter"] == {"Joint Operations Command": ["d1", "d3"]}
    assert merged.reporter == "Joint Operations Command"
    for order in itertools.permutations(copies):
        assert merge_tallies(list(order)).to_dict() == merged.to_dict()


def test_reconcile_tallies_cluster_maps_parents() -> None:
    totals = [tally(f"total-{d}", d, value=52, area=["IQ", "SY"]) for d in ("d1", "d2", "d3")]
    parts = [tally(f"iraq-{d}", d, value=37, parent=f"total-{d}") for d in ("d1", "d2", "d3")]
    other_month = tally("march-d4", "d4", period_start="2024-03-01", period_end="2024-03-31")
    merged = cluster_tallies([*parts, other_month, *totals])
    assert sorted(t.source_count for t in merged) == [1, 3, 3]
    by_value = {(t.value, t.period_start): t for t in merged}
    total, part = by_value[(52, "2024-04-01")], by_value[(37, "2024-04-01")]
    assert part.parent == total.tally_id
    assert total.parent is None
    assert by_value[(37, "2024-03-01")].members == ["march-d4"]


def test_reconcile_tallies_incremental() -> None:
    existing = merge_tallies([RELEASE, tally("t2", "d2")])
    decisions = reconcile_tallies(
        [tally("t3", "d3"), tally("t4", "d4", value=60)], [existing]
    )
    assert [d.joined for d in decisions] == [existing.tally_id, None]
    assert decisions[0].members == ("t1", "t2", "t3")
    assert decisions[0].explanation is not None
    assert "value: 37 and 37" in decisions[0].explanation.reasons
