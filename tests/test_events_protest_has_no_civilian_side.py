"""Those a protest speaks for or against are no side of it: ACLED names only the force that
met the protest as its second side."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 11 October 2021, protesters blocked a highway in Ibadan demanding the release "
         "of a shopkeeper. Police dispersed them with tear gas.",
         "Police Forces of Nigeria"),
        ("On 11 October 2021, residents blocked a road in Kisumu to protest the killing of a "
         "fisherman; police fired tear gas to disperse them.",
         "Police Forces of Kenya"),
        ("On 11 October 2021, residents protested in Tlaxcala, Tlaxcala, against the arrival "
         "of migrants.",
         None),
    ],
)
def test_events_protest_second_side(pipeline: RulePipeline, text: str,
                                    actor2: str | None) -> None:
    event = only_event(pipeline, text)
    assert event.event_type == "protests"
    assert event.actor2 == actor2
    assert not any(name.startswith("Civilians") for name in event.assoc_actor_2)
