"""A line of a list of strikes that opens on a place the gazetteer lacks ("- Near
Kobakitanda, a strike ...") keeps that name, with a reason, in the division the lead names
or the report's country: never the place of the line before it."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event

COUNTRY_LEAD = (
    "The Niger army said on Friday its aircraft had carried out the following strikes on "
    "Wednesday:\n"
    "- Near Ayorou, an air strike destroyed a camp, killing six militants.\n"
    "- Near Kobakitanda, a strike hit fighters on motorcycles, killing three.\n"
    "- At Ouallam, a depot was destroyed.\n")

DIVISION_LEAD = (
    "The Nigerian Air Force said on Sunday its jets had conducted the following air "
    "interdiction missions in Borno State:\n"
    "- On Thursday, near Gwoza, an air strike on a compound killed four terrorists.\n"
    "- On Friday, at Kumshe Tasha, two gun trucks were destroyed and seven terrorists were "
    "killed.\n")


def _events(text: str, published: str) -> list[Event]:
    records = RulePipeline()(document_from_text(text, doc_id="list", published=published))
    return [r for r in records if isinstance(r, Event) and not r.background]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (COUNTRY_LEAD, "2024-03-16", [
        ("Ayorou", "Ayorou", "NE"), ("Kobakitanda", None, "NE"), ("Ouallam", "Ouallam", "NE")]),
    (DIVISION_LEAD, "2024-03-17", [
        ("Gwoza", "Gwoza", "NG"), ("Kumshe Tasha", "Borno", "NG")]),
])
def test_a_line_keeps_its_own_unknown_place(
        text: str, published: str, expected: list[tuple[str, str | None, str]]) -> None:
    events = _events(text, published)
    assert [(e.location.name, e.location.place, e.location.country)
            for e in events] == expected
    unknown = events[1].location
    assert unknown.reason is not None and "not in the gazetteer" in unknown.reason
    assert unknown.latitude != events[0].location.latitude
