"""Killings with a cartel's marks (a dismembered body, a banner signed by a cartel) are the
unidentified gang's where the actor list's cartels and gangs operate; elsewhere the same
marks name no gang."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder import actors
from eventcoder.actors import gang_style, lower_ascii
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2021-02-17") if isinstance(r, Event)]
    assert events
    return events[0]


def test_dismembered_bodies_in_mexico_are_a_gangs() -> None:
    event = _event("Four dismembered bodies were found in plastic bags beside a highway in "
                   "Celaya, Guanajuato, on Tuesday.")
    assert event.event_type == "violence_against_civilians"
    assert event.actor1 == "Unidentified Gang (Mexico)"


def test_brazil_takes_its_own_name_for_the_unnamed_gang() -> None:
    event = _event("Residents found the beheaded body of a fisherman by a creek in Manaus, "
                   "Amazonas, on Tuesday.")
    assert event.actor1 == "Unidentified Gang and/or Police Militia"


def test_the_same_marks_elsewhere_name_no_gang() -> None:
    event = _event("The beheaded body of a shepherd was found near Deir ez-Zor on Tuesday.")
    assert event.actor1 == "Unidentified Armed Group (Syria)"


def test_a_killing_without_the_marks_stays_unattributed() -> None:
    event = _event("Two armed men shot a shopkeeper dead in Irapuato, Guanajuato, on Tuesday.")
    assert event.actor1 == "Unidentified Armed Group (Mexico)"


def test_the_looks_cover_every_signature() -> None:
    countries, _, looks = actors._gang_signatures()
    gang = next(g for g in actors._read_json("actors.json")["generic"] if g["kind"] == "gang")
    assert "MX" in countries
    assert all(any(w in mark for w in looks) for mark in gang["signatures"])


@pytest.mark.parametrize("text", [
    "A banner signed by the cartel was hung over the bridge.",
    "Human remains were found in a field outside the town.",
    "The victim was blindfolded and shot.",
    "The signed agreement was found in the office.",
    "The remains of a wall were found in the field.",
])
def test_looks_give_what_the_pattern_gives(text: str) -> None:
    lowered = lower_ascii(text)
    marks = actors._gang_signatures()[1]
    methods = actors._gang_methods()[0]
    expected = marks.search(lowered) is not None or methods.search(lowered) is not None
    assert gang_style(lowered, country="MX") is expected
    assert gang_style(lowered, country="SY") is (methods.search(lowered) is not None)
