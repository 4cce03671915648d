"""Later releases revising a count, and one event told by several sources over days.

``tests/fixtures/revisions`` holds made-up cases, one ``.jsonl`` each (documents with
their source and publication date), and ``expected.json`` with an analyst's reading of
each. Every case runs through ``eventcoder extract --merge`` and through the Python API.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventcoder.cli import main
from eventcoder.inputs import document_from_text, read_inputs
from eventcoder.pipeline import RulePipeline
from eventcoder.reconcile import (
    DISPUTED_PREFIX,
    REVISED_PREFIX,
    Telling,
    cluster_events,
    cluster_tallies,
    compare_tallies,
    explain,
    merge_events,
    merge_tallies,
    reconcile_records,
    tellings,
)
from eventcoder.records import Document, Event, Record, Tally, record_from_dict

FIXTURES = Path(__file__).parent / "fixtures" / "revisions"
EXPECTED: dict[str, Any] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
CASES = sorted(EXPECTED["cases"])


def _check(case: str, events: list[dict[str, Any]], tallies: list[dict[str, Any]]) -> None:
    expected = EXPECTED["cases"][case]
    for want in expected.get("events", []):
        found = [e for e in events if e["location"]["place"] == want["place"]]
        assert len(found) == 1, (case, [e["location"]["place"] for e in events])
        event = found[0]
        assert event["fatalities"] == want["fatalities"], (case, event["inferred"])
        assert len(event["doc_ids"]) == want["sources"]
        notes = event["inferred"]
        assert (REVISED_PREFIX + "fatalities" in notes) == want["revised"], notes
        assert (DISPUTED_PREFIX + "fatalities" in notes) == want["disputed"], notes
        # every value stays listed with its documents
        told = {d for docs in event["agreement"]["fatalities"].values() for d in docs}
        assert len(told) == want["sources"]
    for want in expected.get("tallies", []):
        found = [t for t in tallies if t["metric"] == want["metric"]
                 and t["period_start"] == want["period_start"]]
        assert len(found) == 1, (case, want, [(t["metric"], t["value"]) for t in tallies])
        tally = found[0]
        assert tally["value"] == want["value"], (case, tally["agreement"])
        assert len(tally["doc_ids"] or [tally["doc_id"]]) == want["sources"]
        for old in want.get("superseded", []):
            assert old in tally["agreement"]["value"]
            note = next(iter(tally["agreement"][REVISED_PREFIX + "value"]))
            assert f"supersedes {old} (" in note and note.startswith(f"{want['value']} (")
        if not want.get("superseded"):
            assert REVISED_PREFIX + "value" not in tally["agreement"]


@pytest.mark.parametrize("case", CASES)
def test_the_command_line_merges_the_case_as_an_analyst_reads_it(case: str) -> None:
    result = CliRunner().invoke(main, ["extract", str(FIXTURES / f"{case}.jsonl"), "--merge"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    _check(case, [r for r in records if r["record"] == "event" and not r["background"]],
           [r for r in records if r["record"] == "tally"])


def _extracted(pipeline: RulePipeline, case: str) -> list[Record]:
    return [r for doc in read_inputs([str(FIXTURES / f"{case}.jsonl")]) for r in pipeline(doc)]


@pytest.mark.parametrize("case", CASES)
def test_the_python_api_merges_the_case_alike(pipeline: RulePipeline, case: str) -> None:
    merged = reconcile_records(_extracted(pipeline, case))
    _check(case, [r.to_dict() for r in merged if isinstance(r, Event) and not r.background],
           [r.to_dict() for r in merged if isinstance(r, Tally)])


@pytest.mark.parametrize("case", ["congo-operations-corrected", "nigeria-february-now"])
def test_a_revised_tally_is_linked_in_any_order(pipeline: RulePipeline, case: str) -> None:
    records = _extracted(pipeline, case)
    told = tellings(r for r in records if isinstance(r, Document))
    tallies = [r for r in records if isinstance(r, Tally)]
    seen = set()
    orders = [tallies[k:] + tallies[:k] for k in range(len(tallies))]
    for order in [*orders, *(list(reversed(o)) for o in orders)]:
        seen.add(tuple(sorted((t.metric, t.period_start, t.value, tuple(t.doc_ids))
                              for t in cluster_tallies(list(order), documents=told))))
    assert len(seen) == 1


def test_without_the_documents_a_far_revision_stays_apart(pipeline: RulePipeline) -> None:
    records = _extracted(pipeline, "congo-operations-corrected")
    ops = [r for r in records if isinstance(r, Tally) and r.metric == "operations"]
    first = next(t for t in ops if t.doc_id == "jtf-east-0402")
    fixed = next(t for t in ops if t.doc_id == "jtf-east-0405")
    assert not compare_tallies(first, fixed).same
    told = tellings(r for r in records if isinstance(r, Document))
    linked = compare_tallies(first, fixed, documents=told)
    assert linked.same
    assert any("revises 25" in reason for reason in linked.reasons)
    merged = merge_tallies([first, fixed], documents=told)
    assert merged.value == 36
    assert "supersedes 25" in explain(merged)
    # merged again without the documents, the revision found stands
    assert merge_tallies([merged]).value == 36


def _tally(doc_id: str, value: int, party: str | None = None) -> Tally:
    return Tally(tally_id=f"t-{doc_id}", doc_id=doc_id, reporter="Eastern Command",
                 period_start="2024-05-01", period_end="2024-05-31", area=["UG"],
                 metric="killed", value=value, party=party)


def test_a_correction_is_only_of_an_earlier_release() -> None:
    early = document_from_text("Correction: the command gave 30 killed in May.",
                               published="2024-06-02", doc_id="early", source="Eastern Command")
    late = document_from_text("The command said 12 were killed in May.",
                              published="2024-06-09", doc_id="late", source="Eastern Command")
    told = tellings([early, late])
    # the later release is the teller's latest word, the earlier correction is not
    assert merge_tallies([_tally("early", 30), _tally("late", 12)], documents=told).value == 12


def test_another_party_is_no_revision() -> None:
    one = document_from_text("The command said 14 militants were killed in May.",
                             published="2024-06-02", doc_id="one")
    two = document_from_text("Correction: the command said 3 soldiers were killed in May.",
                             published="2024-06-09", doc_id="two")
    told = tellings([one, two])
    assert not compare_tallies(_tally("one", 14, "militants"), _tally("two", 3, "soldiers"),
                               documents=told).same


@pytest.mark.parametrize(("a", "b", "later"), [
    ("2025-06-10T18:30", "2025-06-10T09:00", True),
    ("2025-06-10", "2025-06-10T09:00", False),      # a day with no time is not later
    ("2025-06-11", "2025-06-10T23:59", True),
    ("2025-06-10T09:00Z", "2025-06-10T18:30Z", False),
    (None, "2025-06-10", False),
])
def test_publication_order(a: str | None, b: str | None, later: bool) -> None:
    assert Telling(published=a).later_than(Telling(published=b)) is later


def test_a_time_of_publication_is_kept_for_the_order() -> None:
    doc = document_from_text("A text.", published="2025-06-10T18:30", doc_id="t")
    assert doc.published == "2025-06-10"
    assert Telling.of(doc).published == "2025-06-10T18:30"


def test_merging_events_without_documents_reads_as_before(pipeline: RulePipeline) -> None:
    records = _extracted(pipeline, "mali-two-sources-disagree")
    # (records that carry no telling of their documents, as written before events did)
    events = [replace(r, tellings={}) for r in records if isinstance(r, Event)]
    plain = merge_events(events)
    assert plain.fatalities == 12
    assert not any(k.startswith(DISPUTED_PREFIX) for k in plain.inferred)
    told = merge_events(events, documents=[r for r in records if isinstance(r, Document)])
    assert told.inferred[DISPUTED_PREFIX + "fatalities"].startswith("sources disagree: 12")
    assert "disagree" in explain(told)


@pytest.mark.parametrize("case", [c for c in CASES if "events" in EXPECTED["cases"][c]])
def test_merging_records_alone_reads_as_with_their_documents(pipeline: RulePipeline,
                                                             case: str) -> None:
    # each event carries when and by whom its document was published: merged from the
    # records alone, read back from their JSON form, the counts are ordered as with the
    # documents at hand
    records = _extracted(pipeline, case)
    events = [r for r in records if isinstance(r, Event)]
    documents = [r for r in records if isinstance(r, Document)]
    read_back = [record_from_dict(json.loads(json.dumps(e.to_dict()))) for e in events]
    assert all(isinstance(e, Event) for e in read_back)
    alone = cluster_events([e for e in read_back if isinstance(e, Event)])
    told = cluster_events(events, documents=documents)
    assert [(e.fatalities, e.inferred, [c.to_dict() for c in e.casualties]) for e in alone] \
        == [(e.fatalities, e.inferred, [c.to_dict() for c in e.casualties]) for e in told]


@pytest.mark.parametrize("case", [c for c in CASES if "events" in EXPECTED["cases"][c]])
def test_merging_again_gives_what_merging_at_once_gives(pipeline: RulePipeline,
                                                        case: str) -> None:
    records = _extracted(pipeline, case)
    told = tellings(r for r in records if isinstance(r, Document))
    events = sorted((r for r in records if isinstance(r, Event) and not r.background),
                    key=lambda e: e.doc_id)
    at_once = merge_events(events, documents=told)
    for k in range(1, len(events)):
        stepwise = merge_events([merge_events(events[:k], documents=told), *events[k:]],
                                documents=told)
        assert stepwise.fatalities == at_once.fatalities, k
        assert stepwise.inferred == at_once.inferred, k


@pytest.mark.parametrize(("case", "fatalities", "metric", "value"), [
    ("burkina-checkpoint-same-teller", 7, None, None),
    ("congo-operations-corrected", None, "operations", 36),
])
def test_the_store_orders_counts_as_documents_arrive(
        pipeline: RulePipeline, tmp_path: Path, case: str, fatalities: int | None,
        metric: str | None, value: int | None) -> None:
    from eventcoder.store import open_store

    store = open_store(str(tmp_path / "events.db"))
    try:
        for doc in read_inputs([str(FIXTURES / f"{case}.jsonl")]):
            store.add_extraction(pipeline(doc))
        if fatalities is not None:
            merged = [e for e in store.events() if e["n_sources"] > 1]
            assert [e["fatalities"] for e in merged] == [fatalities]
        if metric is not None:
            tallies = [t for t in store.tallies() if t["metric"] == metric]
            assert [(t["value"], t["source_count"]) for t in tallies] == [(value, 4)]
    finally:
        store.close()


def _killed_event(doc_id: str, count: int, *, revised: bool = False) -> Event:
    from eventcoder.records import Casualty, Location

    event = Event(event_id=f"{doc_id}:e1", doc_id=doc_id, event_type="battles",
                  date_start="2024-02-05", date_end="2024-02-05", date_basis="stated",
                  location=Location(name="Beledweyne", place="Beledweyne", country="SO"),
                  casualties=[Casualty(kind="killed", party=None, count=count)],
                  fatalities=count)
    if revised:
        event.inferred["revised.killed"] = f"{count} told as a revision of a count given before"
    return event


def test_the_teller_telling_the_first_count_again_has_the_last_word() -> None:
    docs = [document_from_text(f"The governor's office said {n} were killed.", doc_id=d,
                               published=day, source="Governor's Office")
            for d, n, day in (("g1", 4, "2024-02-06"), ("g2", 6, "2024-02-07"),
                              ("g3", 4, "2024-02-09"))]
    events = [_killed_event("g1", 4), _killed_event("g2", 6, revised=True),
              _killed_event("g3", 4)]
    merged = merge_events(events, documents=docs)
    assert merged.fatalities == 4
    assert "6 (g2)" in merged.inferred[REVISED_PREFIX + "fatalities"]


def test_counts_no_order_settles_keep_the_usual_choice() -> None:
    docs = [document_from_text("A report.", doc_id=d, published="2024-02-06", source=s)
            for d, s in (("a", "Outlet A"), ("b", "Outlet B"))]
    merged = merge_events([_killed_event("a", 4), _killed_event("b", 9)], documents=docs)
    assert merged.fatalities == 4
    assert DISPUTED_PREFIX + "fatalities" in merged.inferred
