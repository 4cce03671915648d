"""The store: documents and records in, merged events, tallies and statistics out."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.reconcile import merge_events
from eventcoder.records import Consistency, Event, record_from_dict
from eventcoder.store import EventFilter, TallyFilter, open_store
from eventcoder.store.api import Store
from tests.records_factory import document, event, extraction
from tests.store_backends import backend_fixture

store_url = backend_fixture()


@pytest.fixture
def store(store_url: str) -> Any:
    opened = open_store(store_url)
    yield opened
    opened.close()


def _corpus(store: Store) -> None:
    store.add_extraction(extraction("baidoa", "Five soldiers were killed by an IED in Baidoa."))
    store.add_extraction(extraction(
        "mosul", "Two civilians were killed by an air strike in Mosul.", country="IQ",
        place="Mosul", admin1="Nineveh", day="2024-04-11", killed=2,
        sub_event_type="air_drone_strike", actor1="US Central Command", actor2="Civilians"))
    store.add_extraction(extraction(
        "kismayo", "Clashes in Kismayo left no one dead.", place="Kismayo",
        admin1="Lower Juba", day="2024-03-20", killed=None, event_type="battles",
        sub_event_type="armed_clash", actor1="Military Forces of Somalia", actor2="Al Shabaab"))


def test_store_adds_a_document_and_its_records(store: Store) -> None:
    result = store.add_extraction(extraction("baidoa", "Five soldiers were killed.", n_events=2))
    assert (result.status, result.n_events, result.n_tallies, result.n_consistency,
            result.n_statements) == ("added", 2, 1, 1, 1)
    assert store.summary() == {"documents": 1, "failed": 0, "events": 2, "event_sources": 2,
                               "tallies": 1, "tally_sources": 1, "consistency": 1,
                               "statements": 1}
    stored = store.document("baidoa")
    assert stored is not None
    assert stored["text"] == "Five soldiers were killed."
    assert sorted(stored["event_ids"]) == sorted(
        [store.event_id_of("baidoa:e1"), store.event_id_of("baidoa:e2")])
    assert stored["statements"][0]["speaker"] == "Ali Hassan"


def test_store_skips_a_document_whose_content_is_stored(store: Store) -> None:
    text = "Five soldiers were killed by an IED in Baidoa."
    store.add_extraction(extraction("first", text))
    again = store.add_extraction(extraction("second-name", "  Five soldiers were killed by an"
                                            " IED   in Baidoa. "))
    assert (again.status, again.doc_id) == ("skipped", "first")
    assert store.summary()["documents"] == 1
    assert store.summary()["events"] == 1


def test_store_renames_a_document_whose_id_is_taken_by_another_text(store: Store) -> None:
    store.add_extraction(extraction("report", "Five soldiers were killed in Baidoa."))
    result = store.add_extraction(extraction("report", "Three civilians were hurt in Afgoye."))
    assert result.status == "added"
    assert result.doc_id != "report" and result.doc_id.startswith("d")
    stored = store.document(result.doc_id)
    assert stored is not None and stored["text"].startswith("Three civilians")
    assert store.tallies(TallyFilter(doc_id=result.doc_id))[0]["doc_id"] == result.doc_id


def test_store_keeps_a_document_whole_or_not_at_all(store: Store) -> None:
    records: list[Any] = list(extraction("broken", "Five soldiers were killed in Baidoa."))
    # A record the store cannot write, after ones it can. Given as its JSON form: compiled,
    # a record checks its fields' types when it is built, and refuses "x" as a sum.
    records.append({**Consistency(doc_id="broken", total=3, parts=[1], parts_sum=1,
                                  verdict="mismatch", explanation="bad").to_dict(),
                    "parts_sum": "x"})
    with pytest.raises(ValueError):
        store.add_extraction(records)
    assert set(store.summary().values()) == {0}


def test_store_lists_failed_documents_and_forgets_them_once_they_read(store: Store) -> None:
    failed = document("bad", "", published=None)
    failed.error = "corpus/bad.txt: invalid UTF-8 at byte 3: invalid start byte"
    failed.content_hash = None
    assert store.add_extraction([failed], origin="corpus/bad.txt").status == "failed"
    assert store.add_extraction([failed], origin="corpus/bad.txt").status == "skipped"
    errors = store.errors()
    assert [(e["origin"], e["error"]) for e in errors] == [("corpus/bad.txt", failed.error)]
    store.add_extraction(extraction("bad", "Now it reads: two killed in Baidoa."),
                         origin="corpus/bad.txt")
    assert store.errors() == []
    assert store.count_documents() == 1


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilter(), ["mosul:e1", "kismayo:e1", "baidoa:e1"]),
        (EventFilter(country="so"), ["kismayo:e1", "baidoa:e1"]),
        (EventFilter(admin1="nineveh"), ["mosul:e1"]),
        (EventFilter(actor="shabaab"), ["kismayo:e1", "baidoa:e1"]),
        (EventFilter(actor="Central Command"), ["mosul:e1"]),
        (EventFilter(event_type="battles"), ["kismayo:e1"]),
        (EventFilter(sub_event_type="air_drone_strike"), ["mosul:e1"]),
        (EventFilter(date_from="2024-03-10"), ["mosul:e1", "kismayo:e1"]),
        (EventFilter(date_from="2024-03-01", date_to="2024-03-31"), ["kismayo:e1", "baidoa:e1"]),
        (EventFilter(min_fatalities=3), ["baidoa:e1"]),
        (EventFilter(min_fatalities=1), ["mosul:e1", "baidoa:e1"]),
        (EventFilter(text="KISMAYO"), ["kismayo:e1"]),
        (EventFilter(text="air strike"), ["mosul:e1"]),
        (EventFilter(text="100%"), []),
        (EventFilter(doc_id="baidoa"), ["baidoa:e1"]),
        (EventFilter(country="SO", min_fatalities=10), []),
    ],
)
def test_store_filters_events(store: Store, filters: EventFilter, expected: list[str]) -> None:
    _corpus(store)
    assert [e["members"][0] for e in store.events(filters)] == expected
    assert store.count_events(filters) == len(expected)


@pytest.mark.parametrize(
    ("order_by", "expected"),
    [
        ("date_start", ["baidoa:e1", "kismayo:e1", "mosul:e1"]),
        ("-fatalities", ["baidoa:e1", "mosul:e1", "kismayo:e1"]),
        ("country", ["mosul:e1", "baidoa:e1", "kismayo:e1"]),
    ],
)
def test_store_orders_and_pages_events(store: Store, order_by: str, expected: list[str]) -> None:
    _corpus(store)
    assert [e["members"][0] for e in store.events(order_by=order_by)] == expected
    assert [e["members"][0] for e in store.events(order_by=order_by, limit=1, offset=1)] == \
        expected[1:2]


def test_store_refuses_an_unknown_order(store: Store) -> None:
    with pytest.raises(ValueError, match="cannot order events by"):
        store.events(order_by="notes; DROP TABLE events")


def test_store_event_has_its_sources_texts_and_agreement(store: Store) -> None:
    _corpus(store)
    event_id = store.event_id_of("mosul:e1")
    assert event_id is not None
    found = store.event(event_id)
    assert found is not None
    assert found["n_sources"] == 1
    assert (found["fatalities"], found["fatalities_low"], found["fatalities_high"]) == (2, 2, 2)
    [source] = found["sources"]
    assert source["text"].startswith("Two civilians")
    assert source["source"] == "Daily Wire Service"
    assert found["source_values"]["place"] == {"values": {"mosul": "Mosul"}, "agree": True}
    assert found["reconciliation"]["decisions"][0]["joined"] is None
    assert "one document only" in (store.explain(event_id) or "")
    assert store.event("no-such-event") is None


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        (["country"], [{"country": "IQ", "events": 1, "fatalities": 2, "reports": 1},
                       {"country": "SO", "events": 2, "fatalities": 4, "reports": 2}]),
        (["month", "event_type"], [
            {"month": "2024-03", "event_type": "battles", "events": 1, "fatalities": 0,
             "reports": 1},
            {"month": "2024-03", "event_type": "explosions_remote_violence", "events": 1,
             "fatalities": 4, "reports": 1},
            {"month": "2024-04", "event_type": "explosions_remote_violence", "events": 1,
             "fatalities": 2, "reports": 1},
        ]),
        (["actor"], [{"actor": "Al Shabaab", "events": 1, "fatalities": 4, "reports": 1},
                     {"actor": "Military Forces of Somalia", "events": 1, "fatalities": 0,
                      "reports": 1},
                     {"actor": "US Central Command", "events": 1, "fatalities": 2,
                      "reports": 1}]),
        ([], [{"events": 3, "fatalities": 6, "reports": 3}]),
    ],
)
def test_store_stats_groups_events(store: Store, by: list[str],
                                   expected: list[dict[str, Any]]) -> None:
    _corpus(store)
    assert store.stats(by) == expected


def test_store_stats_refuses_an_unknown_key(store: Store) -> None:
    with pytest.raises(ValueError, match="cannot group by"):
        store.stats(["weather"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (TallyFilter(), 1),
        (TallyFilter(area="so"), 1),
        (TallyFilter(area="IQ"), 0),
        (TallyFilter(metric="operations", date_from="2024-02-10"), 1),
        (TallyFilter(date_to="2024-01-31"), 0),
        (TallyFilter(reporter="amisom", doc_id="mosul"), 1),
    ],
)
def test_store_filters_tallies(store: Store, filters: TallyFilter, expected: int) -> None:
    """The three documents repeat one claim: it is stored once, with three sources."""
    _corpus(store)
    [tally] = store.tallies()
    assert (tally["source_count"], tally["doc_ids"]) == (3, ["baidoa", "kismayo", "mosul"])
    assert len(store.tallies(filters)) == expected
    assert store.count_tallies(filters) == expected


def test_store_returns_dataframes(store: Store) -> None:
    _corpus(store)
    events = store.events_df(EventFilter(country="SO"))
    assert list(events["doc_ids"]) == ["baidoa", "kismayo"]
    assert events["killed"].iloc[0] == 4 and events["killed"].isna().iloc[1]
    assert store.stats_df(["country"])["events"].tolist() == [1, 2]
    assert len(store.tallies_df()) == 1
    assert len(store.documents_df()) == 3


def test_store_reads_during_a_write(store_url: str) -> None:
    """A reader sees committed documents while a writer's transaction is open (WAL)."""
    from sqlalchemy.orm import Session

    writer = open_store(store_url)
    reader = open_store(store_url)
    writer.add_extraction(extraction("first", "Five soldiers were killed in Baidoa."))
    with Session(writer.engine) as session, session.begin():
        writer._add_one(session, extraction("second", "Two more were killed in Afgoye."),
                        origin=None, run_id=None)
        assert reader.count_documents() == 1
    assert reader.count_documents() == 2
    writer.close()
    reader.close()


def test_store_opens_a_plain_path_as_sqlite(tmp_path: Any) -> None:
    path = tmp_path / "corpus.db"
    with open_store(str(path)) as store:
        assert store.backend == "sqlite"
        store.add_extraction([document("x", "Some text.")])
    assert path.exists()
    with open_store(str(path)) as store:
        assert store.count_documents() == 1


def test_store_refuses_an_unknown_database_kind() -> None:
    with pytest.raises(ValueError, match="unsupported database"):
        open_store("mysql://localhost/events")


def test_store_event_factory_is_stable() -> None:
    assert event("a").event_id == "a:e1"


def test_store_renames_the_tellings_of_a_document_whose_id_is_taken(store: Store) -> None:
    # the events carry when and by whom their document was published, by its id: under the
    # id the store gives the document, so that merging the records alone still reads them
    store.add_extraction(extraction("report", "Five soldiers were killed in Baidoa."))
    records = extraction("report", "Three civilians were hurt in Afgoye.", place="Afgoye",
                         admin1="Lower Shabelle", day="2024-02-20", latitude=2.14,
                         longitude=45.12)
    telling = {"published": "2024-03-05", "source": "Daily Wire Service", "corrects": False}
    for record in records:
        if isinstance(record, Event):
            record.tellings = {"report": dict(telling)}
    result = store.add_extraction(records)
    assert result.doc_id != "report"
    [stored] = store.events(EventFilter(doc_id=result.doc_id))
    sources = [s["record"] for s in store.event(stored["event_id"])["sources"]]
    assert [s["tellings"] for s in sources] == [{result.doc_id: telling}]
    # the reports merged again from their records alone, with no document at hand
    merged = merge_events([record_from_dict(s) for s in sources])
    assert merged.tellings == {result.doc_id: telling}
