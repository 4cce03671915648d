"""An event a report names no date for happened on or before the day its dateline says the
report was filed ("TIKRIT, July 9 (Reuters) -", "Zhob, 21 August 2022 -"); a copy published
later does not move it to the publication date."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "published", "day"), [
    ("TIKRIT, July 9 (Reuters) - Gunmen killed three shepherds in the village of Al-Alam, "
     "police said.", "2022-07-14", "2022-07-09"),
    ("Zhob, 21 August 2022 - Unknown gunmen shot dead two labourers in a village near Zhob, "
     "a police official said.", "2022-08-30", "2022-08-21"),
], ids=["wire-without-year", "full-date"])
def test_events_dated_dateline_day_without_an_own_date(text: str, published: str,
                                                       day: str) -> None:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert [(e.date_start, e.date_end) for e in events] == [(day, day)]
    assert "dateline" in events[0].inferred["date"]


def test_events_dated_dateline_day_yields_to_the_event_date() -> None:
    text = ("TIKRIT, July 9 (Reuters) - Gunmen killed three shepherds in the village of "
            "Al-Alam on July 7, police said.")
    events = [r for r in extract(text, published="2022-07-14") if isinstance(r, Event)]
    assert [e.date_start for e in events] == ["2022-07-07"]


def test_events_dated_dateline_after_publication_is_not_used() -> None:
    text = ("Zhob, 21 August 2022 - Unknown gunmen shot dead two labourers in a village near "
            "Zhob, a police official said.")
    events = [r for r in extract(text, published="2022-08-19") if isinstance(r, Event)]
    assert [e.date_start for e in events] == ["2022-08-19"]
