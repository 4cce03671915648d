"""Shared fixtures: the seed articles, their gold readings and a pipeline built once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder import extract
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Consistency, Event, Record, Tally

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
SEED_NAMES = ("centcom-hamrin-dayr-az-zawr", "shafaq-2023-03-03-february-operations")


@pytest.fixture(scope="session")
def pipeline() -> RulePipeline:
    return RulePipeline()


def only_event(pipeline: RulePipeline, text: str) -> Event:
    """The one event (not a background one) a short report gives."""
    records = pipeline(document_from_text(text, doc_id="t"))
    events = [r for r in records if isinstance(r, Event) and not r.background]
    assert len(events) == 1, events
    return events[0]


def text_events(text: str, published: str | None = None) -> list[Event]:
    """Every event, background ones too, that the extraction gives for one invented report
    published on ``published``."""
    return [r for r in extract(text, published=published, doc_id="t") if isinstance(r, Event)]


def lead_event(text: str) -> Event:
    """The first event (not a background one) of a report."""
    records = RulePipeline()(document_from_text(text, doc_id="note"))
    events = [r for r in records if isinstance(r, Event) and not r.background]
    assert events
    return events[0]


def fixture_records(folder: str, name: str, published: str | None) -> list[Record]:
    """The records of one invented report under ``fixtures/FOLDER``, its name as doc_id."""
    text = (FIXTURES / folder / f"{name}.txt").read_text(encoding="utf-8")
    return RulePipeline()(document_from_text(text, doc_id=name, published=published))


def fixture_event(folder: str, name: str, published: str) -> Event:
    """The one event of an invented report under ``fixtures/FOLDER``."""
    [event] = [r for r in fixture_records(folder, name, published) if isinstance(r, Event)]
    return event


#: A tally as tests compare it: (metric, value, area, party, parent's value or None).
TallyRow = tuple[str, int, tuple[str, ...], str | None, int | None]


def tally_rows(records: list[Record]) -> list[TallyRow]:
    """The tallies of a report, sorted, each with the value of the tally it is part of."""
    tallies = [r for r in records if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    return sorted(
        (t.metric, int(t.value), tuple(t.area), t.party,
         int(by_id[t.parent].value) if t.parent is not None else None)
        for t in tallies
    )


#: A tally as read by value: (metric, value, area sorted, parent's value or None).
TallyValue = tuple[str, int, tuple[str, ...], int | None]


def tally_values(records: list[Record]) -> list[TallyValue]:
    """The tallies of a report by value, area and parent's value, in a stable order."""
    tallies = [r for r in records if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    return sorted(((t.metric, int(t.value), tuple(sorted(t.area)),
                    int(by_id[t.parent].value) if t.parent is not None else None)
                   for t in tallies), key=repr)


def verdicts(records: list[Record]) -> dict[int, str]:
    """Each consistency finding's verdict, by the value of its total."""
    return {c.total: c.verdict for c in records
            if isinstance(c, Consistency) and c.total is not None}


def seed_text(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def seed_gold(name: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((SEEDS / f"{name}.json").read_text(encoding="utf-8"))
    return gold


@pytest.fixture(scope="session")
def seed_records(pipeline: RulePipeline) -> dict[str, list[Record]]:
    """Each seed article extracted once, with the publication date its gold gives as metadata
    for the one article whose text has no date line."""
    out = {}
    for name in SEED_NAMES:
        gold = seed_gold(name)
        published = None if gold["document"]["published_is_in_text"] else \
            gold["document"]["published"]
        out[name] = pipeline(document_from_text(seed_text(name), doc_id=name,
                                                published=published))
    return out
