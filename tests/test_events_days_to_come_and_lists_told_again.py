"""A weekday told as a day to come ("He will appear in court on Monday", "a funeral would
be held on Wednesday") is the first such day after the telling, and neither a deed's day
nor a new incident's; a list of the dead told by who they were ("Two women and a man died
at the scene"), after their count, is those dead told again; a street named in full
("the market on Church Street") is no town abroad of the street's name."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import find_date_mentions
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(("text", "day"), [
    ("He will appear in court on Monday on three charges of murder.", date(2022, 10, 17)),
    ("A funeral would be held on Wednesday, he said.", date(2022, 10, 19)),
    ("He is due to be sentenced on Friday.", date(2022, 10, 21)),
    # a deed of the past, and a clause of what would come told between commas
    ("Gunmen killed two men on Monday.", date(2022, 10, 10)),
    ("The man, who would later be named, was shot on Monday.", date(2022, 10, 10)),
])
def test_dates_weekday_to_come(text: str, day: date) -> None:
    found = find_date_mentions(text, published=date(2022, 10, 15))
    assert [m.date_start for m in found] == [day], found


def _events(pipeline: RulePipeline, text: str, published: str) -> list[Event]:
    records = pipeline(document_from_text(text, published=published, doc_id="t"))
    return [r for r in records if isinstance(r, Event)]


def test_events_funeral_to_come_is_no_incident(pipeline: RulePipeline) -> None:
    events = _events(pipeline, (
        "Eight soldiers were killed when their base near the town of Pishin came under "
        "attack late on Monday, officials said on Tuesday.\n\n"
        "The governor said the bodies of the soldiers had been flown to Quetta and that a "
        "funeral would be held on Wednesday. Among the dead were a captain and two young "
        "recruits, he said."), "2023-05-16")
    assert [e.date_start for e in events] == ["2023-05-15"], [e.notes for e in events]
    assert events[0].fatalities == 8


def test_events_dead_told_again_by_who_they_were(pipeline: RulePipeline) -> None:
    events = _events(pipeline, (
        "A gunman killed three traders at a market in Durban on Thursday, police said.\n\n"
        "According to police, the man fired at a group of vegetable sellers. Two women and a "
        "man died at the scene."), "2022-10-15")
    assert [e.fatalities for e in events] == [3], [e.notes for e in events]


def test_events_more_dead_told_by_who_they_were_are_added(pipeline: RulePipeline) -> None:
    events = _events(pipeline, (
        "A gunman killed three traders at a market in Durban on Thursday, police said.\n\n"
        "Later, another two women and a man died in a second shooting nearby."), "2022-10-15")
    assert sum(e.fatalities or 0 for e in events) == 6, [e.notes for e in events]


def test_places_street_named_in_full_is_no_town() -> None:
    found = places_in("A gunman walked into the market on Church Street in Durban and "
                      "opened fire.")
    assert "Church Street" not in found or found["Church Street"].place is None, found
    assert found["Durban"].place is not None
