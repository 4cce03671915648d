"""The dead told by a participle of "shot dead" or "gunned down" after the deed ("ambushed a
bus, shooting dead the driver", "stormed a bar, gunning down three men") are counted as
the dead of "killing" are."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "published", "killed", "wounded"),
    [
        ("Gunmen ambushed a minibus near Kapoeta on Tuesday, shooting dead the driver.",
         "2021-06-10", 1, None),
        ("Bandits attacked a market in Zurmi on Sunday, shooting dead seven traders and "
         "wounding four others.", "2020-02-11", 7, 4),
        ("Gunmen stormed a bar in Kisumu on Friday night, gunning down three men.",
         "2018-04-09", 3, None),
        ("Unknown assailants fired on a police patrol near Tumaco on Monday, gunning down an "
         "officer.", "2022-09-14", 1, None),
    ],
)
def test_the_dead_of_shooting_dead_and_gunning_down_are_counted(
        text: str, published: str, killed: int, wounded: int | None) -> None:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    event = events[0]
    assert event.fatalities == killed, event.notes
    told = [c.count for c in event.casualties if c.kind == "wounded"]
    assert (told or [None]) == [wounded], event.casualties
