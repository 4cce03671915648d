"""A title-cased headline's "Kill Senior X Leader" is the man the body names, counted once."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


@pytest.mark.parametrize(
    ("text", "published", "actor2"),
    [
        ("CENTCOM Forces Kill Senior Hurras al-Din Leader in Syria\n\nTAMPA, Fla. – At 5:30 "
         "p.m. Syria time on Aug. 22, U.S. Central Command forces conducted a strike in "
         "northwest Syria, killing Abu Abd al-Rahman al-Makki, a senior leader of Hurras "
         "al-Din.\n\nInitial indications are that no civilians were killed or injured.",
         "2024-08-23", "Hurras al-Din"),
        ("U.S. Strike Kills Top Al-Shabaab Commander\n\nU.S. Africa Command conducted an air "
         "strike near Jilib, Somalia, on May 3, killing Ahmed Ali Hassan, a senior commander "
         "of the group.", "2024-05-05", "Al Shabaab"),
        ("Iraqi Jets Kill Key ISIS Official in Hamrin\n\nIraqi F-16 jets struck a hideout in "
         "the Hamrin mountains in Diyala on Sunday, killing Abu Omar al-Iraqi, an ISIS "
         "official.", "2024-05-06", "Islamic State"),
    ],
)
def test_the_headline_leader_is_the_named_man(text: str, published: str, actor2: str) -> None:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert len(events) == 1
    assert (events[0].actor2, events[0].fatalities) == (actor2, 1)
