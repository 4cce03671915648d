"""A day told roughly, with the days it may have been in brackets after it ("Around 12 March
2021 (between 9 March - 12 March)"), dates one incident: its toll is the event's, not a count
kept over the bracketed days. A count told over a stated period stays a tally."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event, Tally


@pytest.mark.parametrize(("text", "killed"), [
    ("Around 20 March 2021 (between 15 March - 20 March), five were killed and two injured "
     "amid revenge killings between two Dinka sections in the Tonj area (Warrap state).", 5),
    ("Around 3 June 2022 (between 1 June and 3 June), gunmen killed 7 herders near Kidal.", 7),
    ("On or around 12 May 2021 (between 10 May - 12 May), 3 soldiers were killed when their "
     "patrol was ambushed near Djibo.", 3),
])
def test_bracketed_days_of_one_incident_are_no_tally(text: str, killed: int) -> None:
    records = extract(text)
    assert not [r for r in records if isinstance(r, Tally)]
    events = [r for r in records if isinstance(r, Event)]
    assert [e.fatalities for e in events] == [killed]


@pytest.mark.parametrize("text", [
    "Between 15 March and 20 March, troops conducted 12 operations in Helmand, killing 30 "
    "militants.",
    "From 15 March to 20 March 2021, troops conducted 12 operations in Helmand, killing 30 "
    "militants.",
])
def test_counts_over_a_stated_period_stay_tallies(text: str) -> None:
    records = extract(text, published="2021-03-25")
    tallies = {(t.metric, t.value) for t in records if isinstance(t, Tally)}
    assert {("operations", 12), ("killed", 30)} <= tallies
