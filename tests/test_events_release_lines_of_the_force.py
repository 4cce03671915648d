"""A line of a force's own release that counts an armed group's dead with no doer named
tells of the force's deed: the force struck the group there."""

from __future__ import annotations

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event

_RELEASE = (
    "Weekly operations summary\n\n"
    "The Nigerian Army released the following summary of its operations in the north-east "
    "for the past week.\n\n"
    "- 7 insurgents killed in an ambush on Oct. 2 near Magumeri\n"
    "- 3 rifles recovered on Oct. 4 near Gubio\n")


def _events(text: str) -> list[Event]:
    records = RulePipeline()(document_from_text(text, doc_id="t", published="2024-10-08"))
    return [r for r in records if isinstance(r, Event) and r.event_type == "battles"]


def test_the_releasing_force_ambushed_the_dead() -> None:
    [event] = _events(_RELEASE)
    assert event.actor1 == "Military Forces of Nigeria"
    assert event.actor2 == "Unidentified Armed Group (Nigeria)"
    assert event.fatalities == 7
    assert event.location.name == "Magumeri"


def test_a_force_only_reporting_keeps_no_doer() -> None:
    [event] = _events(
        "Weekly summary\n\nThe Nigerian Army said on Monday that the week was calm in most "
        "of the north-east.\n\n- 7 insurgents killed in an ambush on Oct. 2 near Magumeri\n")
    assert event.actor2 is None
