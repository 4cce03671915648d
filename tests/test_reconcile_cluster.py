"""Clustering reports into events, at once and as they arrive, in any order."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from eventcoder.reconcile import (
    cluster_events,
    merge_events,
    merged_id,
    reconcile,
)
from eventcoder.records import Casualty, Event, Evidence, Location


def report(event_id: str, doc_id: str, place: tuple[str, float, float], day: str,
           killed: int, **fields: Any) -> Event:
    name, lat, lon = place
    wording = fields.pop("wording", f"{killed} killed in {name}")
    values: dict[str, Any] = {
        "event_type": "battles",
        "sub_event_type": "armed_clash",
        "date_start": day,
        "date_end": day,
        "date_basis": "stated",
        "actor1": "Islamic State",
        "actor2": "Syrian Democratic Forces",
        "location": Location(place=name, country="SY", admin1="Deir ez-Zor",
                             latitude=lat, longitude=lon, geo_precision=1),
    }
    values.update(fields)
    return Event(
        event_id=event_id,
        doc_id=doc_id,
        casualties=[Casualty("killed", None, killed)],
        evidence={"notes": [Evidence(doc_id, 0, len(wording), wording)]},
        **values,
    )


DEIR = ("Deir ez-Zor", 35.33588, 40.14084)
MAYADIN = ("Al Mayadin", 35.01982, 40.45154)
BUKAMAL = ("Albu Kamal", 34.45226, 40.91854)

# Three retellings of a clash in Deir ez-Zor, two of one in Al Mayadin the same day
# (same province, another town), one in Deir ez-Zor three days later (same town,
# another day), and a report that tells both clashes of the first day.
EVENTS = [
    report("r1-a", "r1", DEIR, "2024-05-02", 6),
    report("r2-a", "r2", DEIR, "2024-05-02", 6, wording="six IS fighters died in Dayr az-Zawr"),
    report("r3-a", "r3", DEIR, "2024-05-02", 7),
    report("r4-a", "r4", MAYADIN, "2024-05-02", 6),
    report("r5-a", "r5", MAYADIN, "2024-05-02", 5),
    report("r6-a", "r6", DEIR, "2024-05-05", 6),
    report("r7-a", "r7", DEIR, "2024-05-02", 6),
    report("r7-b", "r7", MAYADIN, "2024-05-02", 6),
    report("r8-a", "r8", BUKAMAL, "2024-05-02", 6),
]
EXPECTED = {
    frozenset({"r1-a", "r2-a", "r3-a", "r7-a"}),
    frozenset({"r4-a", "r5-a", "r7-b"}),
    frozenset({"r6-a"}),
    frozenset({"r8-a"}),
}


def clusters_of(events: list[Event]) -> set[frozenset[str]]:
    return {frozenset(e.members) for e in events}


def test_reconcile_cluster_events_finds_the_events() -> None:
    merged = cluster_events(EVENTS)
    assert clusters_of(merged) == EXPECTED
    counts = sorted(e.source_count for e in merged)
    assert counts == [1, 1, 3, 4]


@pytest.mark.parametrize("seed", range(12))
def test_reconcile_cluster_events_ignores_input_order(seed: int) -> None:
    shuffled = EVENTS[:]
    random.Random(seed).shuffle(shuffled)
    assert [e.to_dict() for e in cluster_events(shuffled)] == [
        e.to_dict() for e in cluster_events(EVENTS)
    ]


class Store:
    """What a store keeps between runs: raw reports and which merged event each is in."""

    def __init__(self) -> None:
        self.reports: dict[str, Event] = {}
        self.cluster_of: dict[str, str] = {}

    def merged(self) -> list[Event]:
        groups: dict[str, list[Event]] = {}
        for report_id, cluster in self.cluster_of.items():
            groups.setdefault(cluster, []).append(self.reports[report_id])
        return [merge_events(members) for members in groups.values()]

    def add(self, new: list[Event]) -> None:
        decisions = reconcile(new, self.merged())
        assert [d.record_id for d in decisions] == sorted(e.event_id for e in new)
        for event in new:
            self.reports[event.event_id] = event
        for decision in decisions:
            if decision.renamed_from:
                for report_id, cluster in self.cluster_of.items():
                    if cluster == decision.renamed_from:
                        self.cluster_of[report_id] = decision.cluster_id
            self.cluster_of[decision.record_id] = decision.cluster_id
            assert decision.cluster_id == merged_id(decision.members)


def by_document(events: list[Event]) -> dict[str, list[Event]]:
    docs: dict[str, list[Event]] = {}
    for e in events:
        docs.setdefault(e.doc_id, []).append(e)
    return docs


ORDERS = list(itertools.permutations(sorted(by_document(EVENTS))))


@pytest.mark.parametrize("order", random.Random(7).sample(ORDERS, 40))
def test_reconcile_incremental_arrival_gives_the_batch_clusters(order: tuple[str, ...]) -> None:
    docs = by_document(EVENTS)
    store = Store()
    for doc_id in order:
        store.add(docs[doc_id])
    merged = store.merged()
    assert clusters_of(merged) == EXPECTED
    assert sorted(e.to_dict()["event_id"] for e in merged) == sorted(
        e.event_id for e in cluster_events(EVENTS)
    )


def test_reconcile_decision_joins_and_explains() -> None:
    first = merge_events(EVENTS[:2])
    decisions = reconcile([EVENTS[2], EVENTS[3]], [first])
    joined, alone = decisions
    assert joined.record_id == "r3-a"
    assert joined.joined == first.event_id
    assert joined.cluster_id == first.event_id
    assert joined.renamed_from is None
    assert joined.members == ("r1-a", "r2-a", "r3-a")
    assert joined.explanation is not None and joined.explanation.same
    assert joined.explanation.b == "the merged reports r1-a, r2-a"
    assert alone.joined is None
    assert alone.explanation is None
    assert alone.cluster_id == merged_id(["r4-a"])


def test_reconcile_decision_says_when_the_merged_id_changes() -> None:
    existing = merge_events([EVENTS[1], EVENTS[2]])
    (decision,) = reconcile([EVENTS[0]], [existing])  # "r1-a" sorts before "r2-a"
    assert decision.joined == existing.event_id
    assert decision.renamed_from == existing.event_id
    assert decision.cluster_id == merged_id(["r1-a"])


def test_reconcile_one_report_never_gives_two_events_to_one_cluster() -> None:
    existing = merge_events([EVENTS[0], EVENTS[1]])
    twin = report("r9-b", "r9", DEIR, "2024-05-02", 6)
    near_twin = report("r9-a", "r9", DEIR, "2024-05-02", 20, actor1="Military Forces of Syria",
                       wording="clashes with army")
    decisions = {d.record_id: d for d in reconcile([near_twin, twin], [existing])}
    assert decisions["r9-b"].joined == existing.event_id  # the better match joins
    assert decisions["r9-a"].joined is None
    assert decisions["r9-a"].cluster_id != decisions["r9-b"].cluster_id


def test_reconcile_never_merges_two_existing_events() -> None:
    left, right = merge_events([EVENTS[0]]), merge_events([EVENTS[1]])
    (decision,) = reconcile([EVENTS[2]], [left, right])
    assert decision.joined in {left.event_id, right.event_id}


def test_reconcile_does_not_chain_look_alikes() -> None:
    # 0, 15 and 30 km east: each neighbour is within 20 km, the ends are not
    places = [("Town A", 35.0, 40.0), ("Town B", 35.0, 40.165), ("Town C", 35.0, 40.33)]
    chain = [report(f"c{i}", f"d{i}", place, "2024-05-02", 6)
             for i, place in enumerate(places)]
    merged = cluster_events(chain)
    assert max(e.source_count for e in merged) == 2
    assert len(merged) == 2


def test_reconcile_refuses_a_record_given_twice() -> None:
    with pytest.raises(ValueError, match="records given twice"):
        reconcile([EVENTS[0], EVENTS[0]], [])
