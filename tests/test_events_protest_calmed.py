"""A protest that police calmed: "police arrived and brought the situation under control" tells
the force acted on the gathering, ACLED's protest with intervention."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _event(text: str) -> Event:
    records = RulePipeline()(document_from_text(text, doc_id="note"))
    return [r for r in records if isinstance(r, Event)][0]


_PROTEST = ("On 9 May 2020, about fifty vendors held a protest outside the municipal office in "
            "Bhadrak town (Bhadrak district, Odisha) against the closure of the weekly market.")


@pytest.mark.parametrize(
    "after",
    [" Police arrived and brought the situation under control.",
     " Officers of the local station reached the place and controlled the situation."],
)
def test_events_protest_calmed_by_police_is_an_intervention(after: str) -> None:
    event = _event(_PROTEST + after)
    assert (event.event_type, event.sub_event_type) == ("protests", "protest_with_intervention")


def test_events_protest_without_police_stays_peaceful() -> None:
    assert _event(_PROTEST).sub_event_type == "peaceful_protest"
