"""A toll confirmed, given or revised on a later day ("the spokesman confirmed the toll on
Wednesday and said the bomber also died in the blast") tells of the incident told before:
the day the figure was told dates no deed, and what the sentence adds of the incident (the
bomber's own death) is that incident's. All texts are made up for these tests."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in RulePipeline()(document_from_text(text, doc_id="t", published=published))
            if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "published", "day", "dead"), [
    ("A suicide bomber killed seven people at a market in Maiduguri, Borno State, on "
     "Monday. The police spokesman confirmed the toll on Tuesday and said the bomber also "
     "died in the blast.", "2018-03-14", "2018-03-12", 8),
    ("A suicide bomber killed five worshippers at a mosque in Konduga, Borno State, on "
     "Friday. Officials gave the death toll as five late Saturday and said the bomber also "
     "died in the explosion.", "2020-08-09", "2020-08-07", 6),
    ("A car bomb killed eleven people outside a hotel in Mogadishu on Sunday. The ministry "
     "revised the number of dead on Monday, saying two more victims died in hospital.",
     "2017-02-14", "2017-02-12", 13),
])
def test_a_toll_told_on_a_later_day_opens_no_incident(text: str, published: str, day: str,
                                                       dead: int) -> None:
    [event] = _events(text, published)
    assert (event.date_start, event.fatalities) == (day, dead)


def test_a_deed_of_a_later_day_still_opens_one() -> None:
    # the second day's bombing is a deed of that day, not a toll told on it
    events = _events("A suicide bomber killed seven people at a market in Maiduguri, Borno "
                     "State, on Monday. On Tuesday another bomber killed three people at a "
                     "bus station in Konduga.", "2018-03-14")
    assert sorted(e.date_start or "" for e in events) == ["2018-03-12", "2018-03-13"]
