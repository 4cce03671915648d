"""Support told in the active voice: "US airstrikes backed Somali army forces who killed ...".

The force backed is who fought; the air power backing it is its associate, not the author of
the event, and the strikes are not the event's type.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1", "associate", "actor2"),
    [
        ("US airstrikes backed Somali army forces who killed 20 al-Shabaab fighters near "
         "Jilib on Tuesday, officials said.", "Military Forces of Somalia", "US", "Al Shabaab"),
        ("US drones backed Afghan commandos as they killed 15 Taliban fighters in Nad Ali "
         "district of Helmand on Monday.", "Military Forces of Afghanistan", "US", "Taliban"),
        ("Coalition aircraft supported Iraqi troops who killed 12 ISIS militants in the "
         "Makhmour mountains on Friday.", "Iraqi Security Forces", "Coalition",
         "Islamic State"),
    ],
)
def test_events_active_backing_backed_force_fought(
        pipeline: RulePipeline, text: str, actor1: str, associate: str, actor2: str) -> None:
    event = only_event(pipeline, text)
    assert event.event_type == "battles"
    assert (event.actor1, event.actor2) == (actor1, actor2)
    assert any(associate in a for a in event.assoc_actor_1), event.assoc_actor_1
