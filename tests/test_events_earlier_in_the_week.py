"""A sentence opening on "Earlier in the week" (or month) tells of another incident, in the
days of that week or month before the telling, not of the day the report leads with."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_LEAD = ("Two policemen were wounded late on Thursday when gunmen attacked a checkpoint near "
         "Tuz Khurmatu, police said on Friday.\n\n")


@pytest.mark.parametrize(("opening", "days"), [
    ("Earlier in the week", ("2025-02-10", "2025-02-13")),
    ("Earlier in the week,", ("2025-02-10", "2025-02-13")),
    ("Earlier in the month", ("2025-02-01", "2025-02-14")),
], ids=["week", "week-comma", "month"])
def test_events_earlier_in_the_week_is_another_incident(opening: str,
                                                       days: tuple[str, str]) -> None:
    text = _LEAD + (f"{opening} a shepherd was killed when a roadside bomb went off near "
                    "Daquq, local officials said.")
    events = sorted((r for r in extract(text, published="2025-02-14") if isinstance(r, Event)),
                    key=lambda e: e.date_start or "")
    assert len(events) == 2, [e.notes for e in events]
    earlier, lead = events
    assert (lead.date_start, lead.date_end) == ("2025-02-13", "2025-02-13")
    assert (earlier.date_start, earlier.date_end) == days
    assert [(c.kind, c.count) for c in earlier.casualties] == [("killed", 1)]
