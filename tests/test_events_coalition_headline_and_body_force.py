"""A headline that names an alliance ("Coalition strike near ...") above a body that names
the force of it that acted ("Iraqi Security Forces conducted an air strike ...",
"U.S. Central Command forces conducted a strike ...") is that force's event: the body's
striker is actor1, not the headline's alliance."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _lead(text: str, published: str) -> Event:
    [event] = [r for r in extract(text, published=published)
               if isinstance(r, Event) and not r.background]
    return event


@pytest.mark.parametrize(("text", "actor1"), [
    ("Coalition strike west of Haditha\n\n"
     "Iraqi Security Forces conducted an air strike on a cave used by ISIS west of Haditha "
     "on Thursday, killing three terrorists.", "Iraqi Security Forces"),
    ("Coalition strike kills three ISIS militants west of Haditha\n\n"
     "Iraqi Security Forces conducted an air strike on a cave used by ISIS west of Haditha "
     "on Thursday, killing three terrorists.", "Iraqi Security Forces"),
    ("Coalition strike in southern Syria\n\n"
     "On Feb. 3, U.S. Central Command forces conducted a strike in Syria against an ISIS "
     "official. The strike killed him.", "US Central Command"),
], ids=["headline-of-place", "headline-with-the-struck", "command-below"])
def test_events_body_force_acts_below_a_coalition_headline(text: str, actor1: str) -> None:
    event = _lead(text, "2022-02-05")
    assert event.actor1 == actor1
    assert event.actor2 == "Islamic State"


def test_events_coalition_stays_where_the_body_names_it_acting() -> None:
    event = _lead("Coalition strike west of Haditha\n\n"
                  "Coalition aircraft struck a cave used by ISIS west of Haditha, Iraq, on "
                  "Thursday, killing three terrorists.", "2022-02-05")
    assert event.actor1 == "Coalition"
