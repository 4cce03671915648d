"""A weapon stopped in the air is the deed of the force that stopped it: the air defences
are actor 1 and the launcher actor 2, as ACLED codes disrupted weapons use."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "actors"), [
    ("Saudi air defences intercepted and shot down an explosive-laden drone launched by the "
     "Houthis towards Jizan on Thursday, the coalition said.",
     ("Military Forces of Saudi Arabia", "Houthis")),
    ("A drone launched by the Houthis was intercepted by Saudi air defences over Khamis "
     "Mushait on Monday.", ("Military Forces of Saudi Arabia", "Houthis")),
    ("Russian air defence systems shot down a Ukrainian drone over the Kursk region on "
     "Tuesday night, the regional governor said.",
     ("Russian Armed Forces", "Armed Forces of Ukraine")),
    ("A Houthi drone was shot down over Jizan on Monday, the coalition said.",
     ("Military Forces of Saudi Arabia", "Houthis")),
], ids=["active-hyphenated-weapon", "passive", "air-defence-systems", "no-interceptor-named"])
def test_events_interceptor_is_actor1(text: str, actors: tuple[str, str]) -> None:
    events = [r for r in extract(text, published="2021-06-18") if isinstance(r, Event)]
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("disrupted_weapons_use", *actors)]
