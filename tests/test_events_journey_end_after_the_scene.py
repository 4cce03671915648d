"""Where the sentence that tells the deed names only where a journey went or came from
("forced the driver to drive back in the direction of X"), the sentences before it, which
say where the vehicle was stopped, set the scene: the event lies on that road, not at the
town it was sent back to."""

from __future__ import annotations

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _events(pipeline: RulePipeline, text: str) -> list[Event]:
    return [r for r in pipeline(document_from_text(text, doc_id="t", published="2022-06-06"))
            if isinstance(r, Event) and not r.background]


def test_town_a_vehicle_was_sent_back_to_is_not_the_place(pipeline: RulePipeline) -> None:
    text = ("On 4 June 2022, armed men stopped a minibus carrying traders between Kongoussi "
            "and Tougouri. They seized the passengers' money and forced the driver to drive "
            "back in the direction of Koudougou.")
    events = _events(pipeline, text)
    assert events, text
    assert events[0].location.place == "Kongoussi", events[0].location
