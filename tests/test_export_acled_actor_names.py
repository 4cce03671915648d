"""The ACLED export names actors as ACLED does, from extraction through the store."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

import eventcoder
from eventcoder import Event
from eventcoder.export.acled import acled_row, write
from eventcoder.reconcile import merge_events
from eventcoder.store import open_store
from tests.store_backends import backend_fixture

store_url = backend_fixture()

REPORTS = [
    ("Turkish forces neutralized 13 PKK terrorists in northern Iraq's Hakurk region on "
     "Monday, the National Defense Ministry said.", "2024-05-14",
     "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party"),
    ("Houthi rebels fired a missile at a Saudi border post in Jazan on 3 May 2020, killing "
     "two soldiers.", "2020-05-05",
     "Military Forces of Yemen (2016-) Supreme Political Council",
     "Military Forces of Saudi Arabia (2015-)"),
]


def _event(text: str, published: str, doc_id: str = "d1") -> Event:
    events = [r for r in eventcoder.extract(text, published=published, doc_id=doc_id)
              if isinstance(r, Event)]
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize(("text", "published", "actor1", "actor2"), REPORTS)
def test_acled_row_spells_actors_as_acled(text: str, published: str, actor1: str,
                                          actor2: str) -> None:
    event = _event(text, published)
    row = acled_row(event.to_dict(), sources={})
    assert (row["actor1"], row["actor2"]) == (actor1, actor2)
    # the record keeps eventcoder's own names; the spelling is the export's
    assert event.actor1 not in (actor1, None)


def test_a_name_acled_spells_alike_is_written_as_it_is() -> None:
    event = _event("On 2 May 2020, protesters gathered in Lagos to demand salaries.",
                   "2020-05-03")
    row = acled_row(event.to_dict(), sources={})
    assert row["actor1"] == event.actor1 == "Protesters (Nigeria)"


def test_merged_events_keep_the_acled_names() -> None:
    text, published, actor1, _actor2 = REPORTS[0]
    merged = merge_events([_event(text, published, "a"), _event(text, published, "b")])
    assert merged.actor_acled_names[merged.actor1 or ""] == actor1


def test_store_round_trip_and_csv(store_url: str, tmp_path: Path) -> None:
    store: Any = open_store(store_url)
    try:
        for n, (text, published, _a1, _a2) in enumerate(REPORTS):
            store.add_extraction(eventcoder.extract(text, published=published,
                                                    doc_id=f"r{n}"))
        path = tmp_path / "acled.csv"
        assert write(store, path) == 2
    finally:
        store.close()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["actor1"], r["actor2"]) for r in rows} == {(a1, a2) for _t, _p, a1, a2 in REPORTS}
