"""A deed told as a state a place has long been in ("Salamanca has been at the centre of a
fight between two criminal groups") or as deeds done again and again ("bars have been
attacked several times this year") is background to the incident, no incident of its own,
and makes no exchange of fire of it: gunmen firing at a bar's customers stay an attack on
civilians."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event

_LEAD = ("Armed men burst into a bar in the city of Salamanca, Mexico, on Friday night and "
         "opened fire on customers, killing seven people and wounding three, prosecutors "
         "said on Saturday.\n\n")


def _events(pipeline: RulePipeline, text: str) -> list[Event]:
    records = pipeline(document_from_text(text, published="2022-03-12", doc_id="t"))
    return [r for r in records if isinstance(r, Event)]


@pytest.mark.parametrize("background", [
    "Salamanca has been at the centre of a fight between two criminal groups over the theft "
    "of fuel.",
    "Bars whose owners refuse to pay extortion have been attacked several times in the "
    "state this year.",
    "The city has long been the scene of clashes between rival gangs.",
])
def test_events_state_of_things_is_no_incident_nor_a_clash(pipeline: RulePipeline,
                                                           background: str) -> None:
    events = _events(pipeline, _LEAD + background)
    assert [(e.date_start, e.sub_event_type) for e in events] == [("2022-03-11", "attack")], [
        e.notes for e in events]
    assert {c.party for c in events[0].casualties} == {"Civilians (Mexico)"}


def test_events_a_clash_told_of_the_day_is_still_one(pipeline: RulePipeline) -> None:
    events = _events(pipeline, "Gunmen fought soldiers for two hours in Salamanca, Mexico, on "
                               "Friday night; four gunmen were killed, officials said.")
    assert [e.sub_event_type for e in events] == ["armed_clash"], [e.notes for e in events]
