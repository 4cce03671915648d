"""A bare "serviceman" or "soldiers" killed in fighting that a foreign force waged against
an armed group in another country is of that force, not of the host country's army that
the report never names; soldiers hurt by a foreign strike there stay the host's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2025-03-18") if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "force"), [
    ("Israeli forces fought Hezbollah militants in southern Lebanon on Monday. A serviceman "
     "was killed in the fighting near Khiam, the Israeli military said.",
     "Israel Defense Forces"),
    ("Turkish troops clashed with PKK fighters in northern Iraq on Sunday. Two soldiers were "
     "killed and three wounded, the ministry said.", "Turkish Armed Forces"),
], ids=["serviceman-in-lebanon", "soldiers-in-iraq"])
def test_casualties_servicemen_of_the_fighting_force(text: str, force: str) -> None:
    [event] = _events(text)
    assert event.actor1 == force
    assert {c.party for c in event.casualties} == {force}


def test_casualties_servicemen_of_the_host_hurt_by_a_strike() -> None:
    [event] = _events("An Israeli strike hit a Hezbollah depot near Nabatieh on Sunday. Two "
                      "soldiers were wounded, the Lebanese army said.")
    assert {c.party for c in event.casualties} == {"Military Forces of Lebanon"}
