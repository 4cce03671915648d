"""Acceptance: retellings of the same incidents, extracted and reconciled, give the incidents.

``tests/fixtures/reconcile`` holds made-up reports written the way outlets retell a
press release (other order, rounded or spelled-out numbers, other transliterations,
a clumsy translation) and look-alike reports of distinct incidents (same day and
province but another town, same town another day, two incidents in one report, the
same monthly figures for another month). ``expected.json`` says which documents
report which incident. Each report goes through the real extraction pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.reconcile import (
    cluster_events,
    cluster_tallies,
    explain_cluster,
    merge_events,
    reconcile,
)
from eventcoder.records import Document, Event, Tally

FIXTURES = Path(__file__).parent / "fixtures" / "reconcile"
MANIFEST: dict[str, Any] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extracted(pipeline: RulePipeline) -> dict[str, tuple[list[Event], list[Tally]]]:
    """Each fixture report through the pipeline: its primary events and its tallies."""
    out: dict[str, tuple[list[Event], list[Tally]]] = {}
    for name, published in MANIFEST["documents"].items():
        text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
        records = pipeline(document_from_text(text, published=published, doc_id=name))
        failed = [r.error for r in records if isinstance(r, Document) and r.error]
        assert not failed, f"{name}: {failed}"
        events = [r for r in records if isinstance(r, Event) and not r.background]
        tallies = [r for r in records if isinstance(r, Tally)]
        out[name] = (events, tallies)
    return out


def _describe(events: list[Event]) -> str:
    return "\n".join(
        f"  {e.doc_id}: {e.event_type}/{e.sub_event_type} {e.date_start}..{e.date_end} "
        f"{e.location.place or e.location.name} ({e.location.country}, "
        f"precision {e.location.geo_precision}) {e.actor1} vs {e.actor2} "
        f"killed={e.fatalities}"
        for e in sorted(events, key=lambda e: e.event_id)
    )


def _all_events(extracted: dict[str, tuple[list[Event], list[Tally]]]) -> list[Event]:
    return [e for events, _ in extracted.values() for e in events]


def test_reconcile_fixtures_give_exactly_the_incidents(
    extracted: dict[str, tuple[list[Event], list[Tally]]],
) -> None:
    events = _all_events(extracted)
    merged = cluster_events(events)
    found = sorted(tuple(e.doc_ids) for e in merged)
    expected = sorted(tuple(sorted(item["documents"])) for item in MANIFEST["events"])
    explanations = "\n\n".join(
        explain_cluster([e for e in events if e.event_id in m.members]) for m in merged
    )
    assert found == expected, (
        f"extracted events:\n{_describe(events)}\n\nclusters:\n{explanations}"
    )


@pytest.mark.parametrize("incident", MANIFEST["events"], ids=lambda item: item["id"])
def test_reconcile_fixtures_merged_event_fields(
    extracted: dict[str, tuple[list[Event], list[Tally]]], incident: dict[str, Any]
) -> None:
    merged = {tuple(e.doc_ids): e for e in cluster_events(_all_events(extracted))}
    event = merged.get(tuple(sorted(incident["documents"])))
    assert event is not None, f"no merged event reported by exactly {incident['documents']}"
    assert event.source_count == len(incident["documents"])
    assert event.location.country == incident["country"]
    assert event.date_start is not None and event.date_end is not None
    assert event.date_start <= incident["date"] <= event.date_end
    assert sorted({d for docs in event.agreement.get("date", {}).values() for d in docs}) == \
        sorted(incident["documents"])


def test_reconcile_fixtures_arrival_order_does_not_matter(
    extracted: dict[str, tuple[list[Event], list[Tally]]],
) -> None:
    """Documents one at a time, newest publication first, as a store would reconcile them."""
    batch = {tuple(e.members) for e in cluster_events(_all_events(extracted))}
    reports: dict[str, Event] = {}
    cluster_of: dict[str, str] = {}
    order = sorted(MANIFEST["documents"], key=lambda n: (MANIFEST["documents"][n], n),
                   reverse=True)
    for name in order:
        new = extracted[name][0]
        groups: dict[str, list[Event]] = {}
        for report_id, cluster in cluster_of.items():
            groups.setdefault(cluster, []).append(reports[report_id])
        candidates = [merge_events(members) for members in groups.values()]
        for decision in reconcile(new, candidates):
            if decision.renamed_from:
                for report_id, cluster in list(cluster_of.items()):
                    if cluster == decision.renamed_from:
                        cluster_of[report_id] = decision.cluster_id
            cluster_of[decision.record_id] = decision.cluster_id
        reports.update((e.event_id, e) for e in new)
    incremental: dict[str, list[str]] = {}
    for report_id, cluster in cluster_of.items():
        incremental.setdefault(cluster, []).append(report_id)
    assert {tuple(sorted(m)) for m in incremental.values()} == batch


def test_reconcile_fixtures_copied_tallies(
    extracted: dict[str, tuple[list[Event], list[Tally]]],
) -> None:
    tallies = [t for _, found in extracted.values() for t in found]
    merged = cluster_tallies(tallies)
    found = sorted((t.metric, t.value, tuple(t.doc_ids)) for t in merged)
    expected = sorted(
        (item["metric"], item["value"], tuple(sorted(item["documents"])))
        for item in MANIFEST["tallies"]
    )
    described = "\n".join(
        f"  {t.doc_id}: {t.metric}={t.value} {t.period_start}..{t.period_end} {t.area} "
        f"reporter={t.reporter} qualifier={t.qualifier} party={t.party}"
        for t in sorted(tallies, key=lambda t: t.tally_id)
    )
    assert found == expected, f"extracted tallies:\n{described}"
    for tally in merged:
        assert tally.source_count == len(tally.doc_ids)
