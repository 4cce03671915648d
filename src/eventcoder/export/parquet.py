"""Parquet: one row an event, the flat columns of :mod:`eventcoder.export.flat`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from eventcoder.export.flat import FLAT_COLUMNS, flat_event

if TYPE_CHECKING:
    from eventcoder.store import EventFilter, Store


def write(store: Store, path: Path, filters: EventFilter | None = None) -> int:
    """Write the selected events as a Parquet file; returns how many."""
    import pandas as pd

    rows = [flat_event(record) for record in store.iter_events(filters)]
    frame = pd.DataFrame(rows, columns=list(FLAT_COLUMNS))
    for column in ("time_precision", "geo_precision", "geonames_id", "fatalities",
                   "fatalities_low", "fatalities_high", "killed", "wounded", "detained",
                   "abducted", "n_sources"):
        frame[column] = frame[column].astype("Int64")
    for column in ("latitude", "longitude", "confidence"):
        frame[column] = frame[column].astype("float64")
    frame.to_parquet(path, index=False, engine="pyarrow")
    return len(frame)
