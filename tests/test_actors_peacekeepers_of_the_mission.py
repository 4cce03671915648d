"""UN peacekeepers in a country with a UN mission are that mission's, whatever their
nationality ("two peacekeepers from Chad were killed" in Mali are MINUSMA's dead), and the
town of the mission's hospital they were flown to is no place of the deed."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "published", "mission", "place"),
    [
        ("Three United Nations peacekeepers from Togo were killed when their vehicle hit a "
         "mine near Douentza in central Mali on Tuesday, the UN said. Two wounded "
         "peacekeepers were flown to the mission's hospital in Sevare.", "2019-11-06",
         "MINUSMA", "Douentza"),
        ("Gunmen ambushed a patrol of UN peacekeepers near Bambari on Sunday, killing one "
         "UN peacekeeper from Burundi, officials said.", "2021-03-01", "MINUSCA", "Bambari"),
        ("Two UN peacekeepers from Nepal were wounded when a roadside bomb exploded near Bunia "
         "in eastern Congo on Friday, the UN said.", "2020-08-17", "MONUSCO", "Bunia"),
    ],
)
def test_peacekeepers_are_their_missions(text: str, published: str, mission: str,
                                         place: str) -> None:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    event = events[0]
    assert event.actor2 == mission, event.notes
    assert {c.party for c in event.casualties} == {mission}, event.casualties
    assert event.location.place == place, event.notes
