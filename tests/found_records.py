"""The records one invented text gives, by kind, for the tests that read a text or two."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event, Record, Tally


def read(text: str, published: str) -> list[Record]:
    """The records of one text, as the command line gives them."""
    return extract(text, published=published, doc_id="s")


def events_in(found: list[Record]) -> list[Event]:
    """The events among the records."""
    return [e for e in found if isinstance(e, Event)]


def tallies_in(found: list[Record]) -> list[Tally]:
    """The tallies among the records."""
    return [t for t in found if isinstance(t, Tally)]


def main_event_of(text: str) -> Event:
    """The event the evaluations score for one text (a summary read with no publication
    date), which the text must give."""
    event = main_event(extract(text))
    assert event is not None, text
    return event
