"""A count told as one side's losses in the other side's bulletin ("Ukrainian losses
amounted to up to 40 servicemen killed") is of that side's people, and that side is the one
the acting side fought, not the acting side."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "source"), [
    ("Units of the Vostok group of forces repelled two attacks near Ugledar in the Donetsk "
     "region. Ukrainian losses amounted to up to 40 servicemen killed, the ministry said.",
     "TASS"),
    ("Russian troops repelled an attack near Bakhmut. Ukrainian losses amounted to up to 40 "
     "servicemen killed and wounded, the ministry said.", None),
    ("Russian troops repelled an attack near Bakhmut. The losses of the Ukrainian army "
     "totalled 17 servicemen killed, the ministry said.", None),
], ids=["adjective-killed", "killed-and-wounded", "losses-of"])
def test_events_losses_belong_to_the_side_they_are_told_of(text: str,
                                                           source: str | None) -> None:
    events = [r for r in extract(text, published="2023-09-12", source=source)
              if isinstance(r, Event)]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Russian Armed Forces", "Armed Forces of Ukraine")]
    assert {c.party for c in events[0].casualties} == {"Armed Forces of Ukraine"}
