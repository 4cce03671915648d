"""A force's own dead told by their sacrifice ("9 soldiers paid the supreme price in the
course of the operations") are a count of the period's losses, as "lost their lives" is."""

from __future__ import annotations

import pytest

from tests.found_records import read, tallies_in


@pytest.mark.parametrize(
    ("words", "value", "metric"),
    [
        ("Regrettably, 9 soldiers paid the supreme price in the course of the operations.",
         9, "killed"),
        ("Four officers made the ultimate sacrifice during the operations.", 4, "killed"),
    ],
)
def test_tallies_own_dead_told_by_their_sacrifice_are_counted(
        words: str, value: int, metric: str) -> None:
    text = ("Abuja, 4 August 2020\n\nIn July 2020, troops neutralised 84 terrorists in Borno "
            "State. " + words)
    told = {(t.metric, t.value) for t in tallies_in(read(text, "2020-08-04"))}
    assert (metric, value) in told
