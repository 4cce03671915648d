"""A period opened by one past incident: "since March 2019, when five soldiers were killed
in an ambush near Kidal".

The "when" clause tells one earlier incident, an event in the background, not a count over a
period; the figure before it is the period's tally. Nor does "on the army since March" tell
a march.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Tally


@pytest.mark.parametrize(
    ("text", "tallied", "past"),
    [
        ("Jihadist attacks have killed more than 40 soldiers in the region since March 2019, "
         "when five soldiers were killed in an ambush near Kidal.", 40, 5),
        ("Militants have killed over 60 troops in the area since June 2018, when nine soldiers "
         "died in an attack on a base in Tessit, the ministry said.", 60, 9),
    ],
)
def test_events_since_when_incident_is_background(
        pipeline: RulePipeline, text: str, tallied: int, past: int) -> None:
    records = pipeline(document_from_text(text, doc_id="w", published="2021-05-03"))
    assert [int(t.value) for t in records if isinstance(t, Tally)] == [tallied]
    events = [r for r in records if isinstance(r, Event)]
    assert [(e.background, [c.count for c in e.casualties]) for e in events] == [
        (True, [past])]
    assert events[0].date_start is not None and events[0].date_start < "2021"


def test_events_since_when_incident_no_march(pipeline: RulePipeline) -> None:
    text = ("Gunmen killed two soldiers near Kidal on Sunday. It is the deadliest attack on "
            "the army since March 2019, when five soldiers were killed in an ambush near Kidal.")
    records = pipeline(document_from_text(text, doc_id="m", published="2021-05-03"))
    events = [r for r in records if isinstance(r, Event)]
    assert [(e.event_type, e.background) for e in events] == [
        ("battles", False), ("battles", True)]
