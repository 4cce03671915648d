"""Exports: ACLED and UCDP columns and spellings, GeoJSON, Parquet, and a lossless JSON Lines
that round-trips through import."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder.export import EXPORTERS
from eventcoder.export.acled import ACLED_COLUMNS
from eventcoder.export.ucdp import UCDP_COLUMNS, date_precision
from eventcoder.store import EventFilter, open_store
from eventcoder.store.api import Store
from tests.records_factory import extraction
from tests.store_backends import backend_fixture

store_url = backend_fixture()


@pytest.fixture
def store(store_url: str) -> Any:
    opened = open_store(store_url)
    opened.add_extraction(extraction("baidoa-1", "Four soldiers were killed by an IED."))
    opened.add_extraction(extraction("baidoa-2", "Four troops died in a bomb blast.",
                                     killed=6))
    opened.add_extraction(extraction(
        "mosul", "Two civilians were killed by an air strike in Mosul.", country="IQ",
        place="Mosul", admin1="Nineveh", day="2024-04-11", killed=2,
        sub_event_type="air_drone_strike", actor1="US Central Command", actor2="Civilians",
        latitude=None, longitude=None))
    yield opened
    opened.close()


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_acled_columns_and_spellings(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    assert EXPORTERS["acled-csv"](store, path, None) == 2
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    rows = {r["admin1"]: r for r in _csv(path)}
    bay, nineveh = rows["Bay"], rows["Nineveh"]
    assert (bay["event_type"], bay["sub_event_type"]) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert nineveh["sub_event_type"] == "Air/drone strike"
    assert (bay["inter1"], bay["inter2"], bay["interaction"]) == ("2", "1", "12")
    assert (bay["country"], bay["iso"], bay["event_date"], bay["year"]) == (
        "Somalia", "706", "2024-03-02", "2024")
    assert bay["disorder_type"] == "Political violence"
    assert bay["event_id_cnty"].startswith("SOM-")
    assert bay["source"] == "Daily Wire Service"
    assert (bay["n_sources"], bay["fatalities"]) == ("2", "4")
    assert (bay["fatalities_low"], bay["fatalities_high"]) == ("4", "6")
    assert nineveh["civilian_targeting"] == ""  # no actor kind for "Civilians" is given
    assert nineveh["iso"] == "368"


def test_export_ucdp_deaths_per_side(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ucdp.csv"
    EXPORTERS["ucdp-csv"](store, path, EventFilter(country="SO"))
    [row] = _csv(path)
    assert list(row) == list(UCDP_COLUMNS)
    assert (row["best"], row["low"], row["high"]) == ("4", "4", "6")
    assert (row["deaths_a"], row["deaths_b"], row["deaths_civilians"],
            row["deaths_unknown"]) == ("0", "4", "0", "0")
    assert (row["type_of_violence"], row["date_prec"], row["where_prec"]) == ("1", "1", "1")
    assert row["number_of_sources"] == "2"


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2024-03-02", "2024-03-02", 1), ("2024-03-02", "2024-03-05", 2),
    ("2024-03-02", "2024-03-09", 3), ("2024-03-01", "2024-03-31", 4),
    ("2024-01-01", "2024-03-31", 5), (None, None, None),
])
def test_export_ucdp_date_precision(start: str | None, end: str | None,
                                    expected: int | None) -> None:
    assert date_precision(start, end) == expected


def test_export_geojson_features(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    EXPORTERS["geojson"](store, path, None)
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    by_country = {f["properties"]["country"]: f for f in collection["features"]}
    assert by_country["SO"]["geometry"] == {"type": "Point", "coordinates": [43.65, 3.11]}
    assert by_country["IQ"]["geometry"] is None


def test_export_parquet_reads_back(store: Store, tmp_path: Path) -> None:
    import pandas as pd

    path = tmp_path / "events.parquet"
    EXPORTERS["parquet"](store, path, None)
    frame = pd.read_parquet(path)
    assert sorted(frame["country"]) == ["IQ", "SO"]
    assert frame.loc[frame["country"] == "SO", "n_sources"].item() == 2
    assert str(frame["fatalities"].dtype) == "Int64"


def test_export_jsonl_round_trips_through_import(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    EXPORTERS["jsonl"](store, first, None)
    copy = open_store(tmp_path / "copy.db")
    counts = copy.import_records(json.loads(line) for line in first.open(encoding="utf-8"))
    assert (counts["documents"], counts["events"]) == (3, 2)
    second = tmp_path / "second.jsonl"
    EXPORTERS["jsonl"](copy, second, None)
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    again = copy.import_records(json.loads(line) for line in first.open(encoding="utf-8"))
    assert again["documents"] == again["events"] == 0
    merged = copy.events(EventFilter(country="SO"))[0]
    assert copy.explain(merged["event_id"]) == store.explain(merged["event_id"])
    copy.close()


def test_export_import_reads_extract_output(tmp_path: Path) -> None:
    records = extraction("kismayo", "Clashes in Kismayo killed three.", place="Kismayo")
    lines = [r.to_dict(with_text=True) if r.record == "document" else r.to_dict()  # type: ignore[call-arg]
             for r in records]
    with open_store(tmp_path / "c.db") as store:
        counts = store.import_records(lines)
        assert (counts["documents"], counts["events"], counts["statements"]) == (1, 1, 1)
        assert store.import_records(lines)["skipped"] == 1
