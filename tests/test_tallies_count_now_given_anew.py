"""A later release's figure for a period told with "is now": "... is now 27, not 25"."""
from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event, Tally


def _read(text: str) -> tuple[list[Tally], list[Event]]:
    records = extract(text, published="2023-05-04", doc_id="r")
    return ([r for r in records if isinstance(r, Tally)],
            [r for r in records if isinstance(r, Event)])


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("WESTERN COMMAND - The number of raids in April in Kasese District is now 19, not 17.",
     "raids", 19),
    ("WESTERN COMMAND - The total number of operations carried out in April in Kasese "
     "District is now 31, not 29.", "operations", 31),
    ("WESTERN COMMAND - The number of rebels killed in April in Kasese District is now 12, "
     "not 9.", "killed", 12),
    ("KAMPALA - The command said the total of rebels killed in Kasese District for April "
     "2023 is now 12, not 9.", "killed", 12),
])
def test_the_figure_given_anew_is_the_tally(text: str, metric: str, value: int) -> None:
    tallies, events = _read(text)
    assert [(t.metric, t.value, t.period_start) for t in tallies] == [
        (metric, value, "2023-04-01")]
    assert not events  # a count of the month, no incident


def test_a_total_told_before_its_figure_is_not_read_so() -> None:
    tallies, _ = _read("KAMPALA - Troops killed a total of 12 rebels in Kasese District "
                       "in April 2023, the command said.")
    assert [(t.metric, t.value) for t in tallies] == [("killed", 12)]
