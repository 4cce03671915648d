"""Security forces of no named service that meet a gathering or a riot are the state's
police, as ACLED codes them; those that fight an armed group stay its military forces."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "slot", "force"), [
    ("On 9 October 2021, about 300 residents protested in Nasiriyah, Iraq, over water cuts. "
     "Security forces fired tear gas to disperse them.", "actor2", "Police Forces of Iraq"),
    ("On 9 October 2021, youths burned tyres and threw stones at security forces in "
     "Lubumbashi, Haut-Katanga.", "actor2", "Police Forces of the Democratic Republic"),
])
def test_events_security_forces_that_police_are_police(pipeline: RulePipeline, text: str,
                                                       slot: str, force: str) -> None:
    event = only_event(pipeline, text)
    actor = getattr(event, slot)
    assert actor is not None and actor.startswith(force), (event.event_type, event.actor1,
                                                           event.actor2)


def test_events_security_forces_that_fight_are_the_military(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 9 October 2021, security forces clashed with Al Shabaab "
                                 "militants near Wanlaweyn (Lower Shabelle).")
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Somalia")
