"""One count of people told before two joined verbs of harm ("up to 45 servicemen killed and
wounded", "five soldiers were killed or wounded") counts the killed and the wounded together:
how many died is not told, so it is no death toll (at most the count, none known)."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


@pytest.mark.parametrize("text", [
    "Enemy losses amounted to up to 45 servicemen killed and wounded, the ministry said.",
    "Up to 45 servicemen were killed or wounded near the village, the ministry said.",
    "Five soldiers were killed or injured when their truck hit a mine.",
])
def test_one_count_before_two_verbs_is_of_neither_alone(text: str) -> None:
    rows = [(m.kind, m.count, m.low, m.qualifier) for m in find_casualty_mentions(text)]
    assert rows and all(r[1] is None and r[2] == 0 and r[3] == "at_most" for r in rows), rows


def test_two_counts_of_two_verbs_stay_apart() -> None:
    rows = [(m.kind, m.count) for m in find_casualty_mentions(
        "Five soldiers were killed and two wounded when their truck hit a mine.")]
    assert rows == [("killed", 5), ("wounded", 2)]


def test_losses_told_killed_and_wounded_are_no_death_toll() -> None:
    text = ("Russian forces shelled Ukrainian positions near Klishchiivka on Wednesday. "
            "Ukrainian losses amounted to up to 45 servicemen killed and wounded, the "
            "ministry said.")
    events = [r for r in extract(text, published="2024-03-14") if isinstance(r, Event)]
    assert events
    assert not any(e.fatalities for e in events), [e.casualties for e in events]


def test_none_killed_or_wounded_stays_a_zero_of_both() -> None:
    rows = [(m.kind, m.count, m.qualifier) for m in find_casualty_mentions(
        "The army said that no civilians were killed or wounded in the strike.")]
    assert rows and all(r[1] == 0 and r[2] == "zero" for r in rows), rows
