"""A named formation of an army at war that no list holds ("Units of the Sever battlegroup",
"the Tavria operational-tactical group") is the army of the country written before it, else
of the ministry or the staff that tells of it: never the side it fought, and its name is no
place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "source", "actor1", "place"), [
    ("Units of the Sever battlegroup repelled two attacks near Vovchansk, killing up to 30 "
     "Ukrainian servicemen.", "TASS", "Russian Armed Forces", "Vovchansk"),
    ("Units of the Sever battlegroup repelled two attacks near Vovchansk, killing up to 30 "
     "Ukrainian servicemen, the Russian Defence Ministry said.", None,
     "Russian Armed Forces", "Vovchansk"),
    ("Units of Ukraine's Khortytsia operational-tactical group repelled a Russian assault "
     "near Siversk, killing 14 soldiers, the General Staff said.", None,
     "Armed Forces of Ukraine", "Siversk"),
    ("Units of the Tavria operational-tactical group hit Russian positions near Robotyne, "
     "killing 14 soldiers, Ukraine's General Staff said.", None,
     "Armed Forces of Ukraine", "Robotyne"),
], ids=["outlet", "ministry-named", "country-before", "staff-named"])
def test_actors_named_formation_is_the_army_of_its_country(
        text: str, source: str | None, actor1: str, place: str) -> None:
    events = [r for r in extract(text, published="2024-02-14", source=source)
              if isinstance(r, Event)]
    assert [(e.actor1, e.location.name if e.location else None) for e in events] == [
        (actor1, place)]


def test_actors_named_formation_with_nothing_telling_whose_is_no_state() -> None:
    events = [r for r in extract("Units of the Sever battlegroup repelled two attacks near "
                                 "Vovchansk, killing up to 30 Ukrainian servicemen.",
                                 published="2024-02-14") if isinstance(r, Event)]
    assert len(events) == 1
    assert events[0].actor1 != "Armed Forces of Ukraine"
