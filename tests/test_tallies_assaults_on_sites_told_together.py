"""Attacks on named sites told together ("assaults on the camp and a nearby post killed
38 soldiers"), dated to a month, are incidents told for context, not a count over the
month; attacks on kinds of site ("attacks on bases and checkpoints") are a count."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event, Tally


def _records(text: str) -> tuple[list[Event], list[Tally]]:
    found = extract(text, doc_id="t", published="2024-05-02")
    return ([r for r in found if isinstance(r, Event)],
            [r for r in found if isinstance(r, Tally)])


def test_assaults_on_named_sites_are_an_event_not_a_tally() -> None:
    events, tallies = _records("Gunmen killed two soldiers near Diffa on Tuesday. In "
                               "September 2019, assaults on the barracks and a nearby "
                               "checkpoint killed 21 soldiers, according to the ministry.")
    assert tallies == []
    assert sorted((e.date_start, e.background) for e in events) == [
        ("2019-09-01", True), ("2024-04-30", False)]


def test_attacks_on_kinds_of_site_are_a_tally() -> None:
    _events, tallies = _records("In March, attacks on bases and checkpoints killed 38 "
                                "soldiers across the region, the ministry said.")
    assert [(t.metric, t.value) for t in tallies] == [("killed", 38)]
