"""The day in a wire story's dateline ("BENI, DR Congo, Nov 18 -") under a headline is when
the story was filed; the incident is dated by the words of the story ("on Tuesday")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Nine civilians killed in North Kivu\n\n"
     "BUTEMBO, DR Congo, March 4 - Rebels killed nine civilians in the village of Kalunguta "
     "in North Kivu on Tuesday, local officials said.", "2021-03-05", "2021-03-02"),
    ("Gunmen kill four traders near Kidal\n\n"
     "KIDAL, Mali, Sept. 9 \u2014 Gunmen killed four traders on the road north of Kidal on "
     "Monday, a local official said.", "2020-09-10", "2020-09-07"),
], ids=["hyphen", "em-dash"])
def test_events_wire_dateline_day_is_the_filing(text: str, published: str, day: str) -> None:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert [(e.date_start, e.date_end) for e in events] == [(day, day)]
