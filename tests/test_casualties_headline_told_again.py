"""A headline's count told again by the lead in other words is the same people ("13 police
killed" above "killing 13 officers"); a suicide bomber told in the sentence of his victims
is none of them, and the part a lead names ("including four policemen") is of the count
told last before it, not of the bomber."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str, published: str) -> Event:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert len(events) == 1, [(e.date_start, e.notes) for e in events]
    return events[0]


@pytest.mark.parametrize(("text", "published", "fatalities"), [
    ("9 police killed in ambush in Guerrero\n\n"
     "MEXICO CITY (AP) - Gunmen ambushed a convoy of state police near Coyuca de Catalan on "
     "Monday, killing 9 officers, prosecutors said.", "2022-02-16", 9),
    ("Bomb kills five security men in Abyan\n\n"
     "ADEN, Yemen (Reuters) - A roadside bomb struck a patrol in Zinjibar on Sunday, killing "
     "five members of the Security Belt forces, an official said.", "2021-07-13", 5),
    ("Truck bomb hits police compound in Ghazni, 11 dead\n\n"
     "GHAZNI, Afghanistan (Reuters) - A suicide bomber drove a truck into a police compound in "
     "Ghazni city on Friday, killing 11 people, including six policemen, officials said.",
     "2020-05-17", 12),
], ids=["police-officers", "security-men-named-force", "bomber-and-a-part"])
def test_casualties_headline_count_told_again(text: str, published: str,
                                              fatalities: int) -> None:
    assert _event(text, published).fatalities == fatalities
