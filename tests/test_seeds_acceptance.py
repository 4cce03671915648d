"""The seed articles yield what their gold readings list: events, casualties, background.

Tallies, consistency findings and statements of the same gold files are checked in
``test_tallies_seeds.py`` and ``test_statements_seeds.py``.
"""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt
from typing import Any

import pytest

from eventcoder.records import Document, Event, Record
from tests.conftest import SEED_NAMES, seed_gold


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    h = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))


def _events(records: list[Record]) -> list[Event]:
    return [r for r in records if isinstance(r, Event)]


def _match(gold: dict[str, Any], events: list[Event]) -> Event:
    """The extracted event of the gold event's country whose dates overlap the gold's."""
    for event in events:
        if event.background or event.location.country != gold["location"]["country"]:
            continue
        if event.date_start and event.date_end and not (
            event.date_end < gold["date_start"] or event.date_start > gold["date_end"]
        ):
            return event
    raise AssertionError(f"no event matches gold {gold['id']}: {[e.to_dict() for e in events]}")


def _gold_events() -> list[tuple[str, dict[str, Any]]]:
    return [(name, g) for name in SEED_NAMES for g in seed_gold(name)["events"]]


@pytest.mark.parametrize(("name", "gold"), _gold_events(), ids=lambda v: v.get("id", v)
                         if isinstance(v, dict) else v)
def test_seeds_event_fields(seed_records: dict[str, list[Record]], name: str,
                            gold: dict[str, Any]) -> None:
    event = _match(gold, _events(seed_records[name]))
    assert event.event_type == gold["event_type"]
    acceptable = [gold["sub_event_type"], *gold["also_acceptable_sub_event_types"]]
    assert event.sub_event_type in acceptable
    assert (event.date_start, event.date_end) == (gold["date_start"], gold["date_end"])
    loc = gold["location"]
    assert event.location.latitude is not None and event.location.longitude is not None
    assert _km(event.location.latitude, event.location.longitude, loc["lat"], loc["lon"]) \
        <= loc["max_km"]
    assert event.location.geo_precision == loc["geo_precision"]
    assert event.actor1 == gold["actor1"]
    assert event.actor2 == gold["actor2"]
    assert set(gold["assoc_actor_1"]) <= set(event.assoc_actor_1)
    assert set(gold.get("equipment", [])) <= set(event.equipment)
    # Every value carries its evidence: the spans are the text they claim to be.
    for spans in event.evidence.values():
        for span in spans:
            assert span.doc_id == name


def _casualty(event: Event, kind: str, party: str) -> Any:
    found = [c for c in event.casualties if c.kind == kind and c.party == party]
    assert found, f"no {kind} casualty for {party}: {[c.to_dict() for c in event.casualties]}"
    return found[0]


@pytest.mark.parametrize(("name", "gold"), _gold_events(), ids=lambda v: v.get("id", v)
                         if isinstance(v, dict) else v)
def test_seeds_event_casualties(seed_records: dict[str, list[Record]], name: str,
                                gold: dict[str, Any]) -> None:
    event = _match(gold, _events(seed_records[name]))
    for kind in ("killed", "wounded", "detained"):
        for expected in gold.get(kind, []):
            got = _casualty(event, kind, expected["party"])
            assert got.count == expected["count"]
            if expected["count"] is None:
                assert got.qualifier == "unknown"
                assert got.low == expected["low"]
            elif expected["count"] == 0:
                assert got.qualifier == "zero"


def test_seeds_background_is_marked_not_dated_in_window(
    seed_records: dict[str, list[Record]]
) -> None:
    events = _events(seed_records["centcom-hamrin-dayr-az-zawr"])
    current = [e for e in events if not e.background]
    assert len(current) == 2, [e.to_dict() for e in current]
    for event in events:
        if event.date_start and event.date_start < "2024-12-01":
            assert event.background


def test_seeds_monthly_summary_has_no_events(seed_records: dict[str, list[Record]]) -> None:
    events = _events(seed_records["shafaq-2023-03-03-february-operations"])
    assert [e for e in events if not e.background] == []


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seeds_document_metadata_and_debris(seed_records: dict[str, list[Record]],
                                            name: str) -> None:
    gold = seed_gold(name)
    document = seed_records[name][0]
    assert isinstance(document, Document)
    assert document.published == gold["document"]["published"]
    assert document.published_basis == ("in_text" if gold["document"]["published_is_in_text"]
                                        else "given")
    debris = "".join(e.text for e in document.debris)
    for noise in gold["noise"]:
        if noise["raw"].strip().startswith(("date", "ISIS\n")):
            assert noise["raw"].strip() in debris


def test_seeds_without_date_the_year_is_never_invented(pipeline: Any) -> None:
    from eventcoder.inputs import document_from_text
    from tests.conftest import seed_text

    records = pipeline(document_from_text(seed_text("centcom-hamrin-dayr-az-zawr"),
                                          doc_id="nodate"))
    for event in _events(records):
        if event.date_start is not None:
            assert event.date_basis in {"stated", "year_inferred"}
        assert event.date_basis != "publication_date"
