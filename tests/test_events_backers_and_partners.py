"""Who backs a fight, wherever the backing is told, and partners of a raid that captured.

"Backed by US airstrikes, the Somali army killed ...", "an operation ..., which was backed
by US airstrikes", "with the support of coalition aircraft": the ground force fought, the
air power is its associate. "US forces, with the Syrian Democratic Forces, conducted a raid
..., capturing a senior Islamic State official": a raid whose taking is the event, the
partner associated with the force.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1", "associate", "actor2"),
    [
        ("Backed by US airstrikes, the Somali army killed 26 al-Shabaab militants near Adale "
         "in Middle Shabelle on Monday, the defence ministry said.",
         "Military Forces of Somalia", "US", "Al Shabaab"),
        ("Somali National Army forces killed 34 al-Shabaab fighters in an operation near "
         "Jamaame in Lower Juba, which was backed by US airstrikes, the information ministry "
         "said on Thursday.", "Military Forces of Somalia", "US", "Al Shabaab"),
        ("With the support of coalition aircraft, Iraqi troops killed seven ISIS fighters in "
         "the Mutaibijah area on Saturday.", "Iraqi Security Forces", "Coalition",
         "Islamic State"),
    ],
)
def test_events_backers_and_partners_backing_told_anywhere(
        pipeline: RulePipeline, text: str, actor1: str, associate: str, actor2: str) -> None:
    event = only_event(pipeline, text)
    assert event.event_type == "battles"
    assert (event.actor1, event.actor2) == (actor1, actor2)
    assert any(associate in a for a in event.assoc_actor_1), event.assoc_actor_1


@pytest.mark.parametrize(
    "text",
    [
        "US forces, with the Syrian Democratic Forces, conducted a raid in the village of "
        "Al-Busayrah in Deir ez-Zor province on Tuesday, capturing a senior Islamic State "
        "official, US Central Command said.",
        "On Sunday U.S. forces, alongside the Syrian Democratic Forces, conducted a raid near "
        "Hasakah, capturing two ISIS operatives.",
    ],
)
def test_events_backers_and_partners_raid_that_captured(
        pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "arrests")
    assert event.actor1 == "US forces"
    assert event.assoc_actor_1 == ["Syrian Democratic Forces"]
    assert event.actor2 == "Islamic State"
    assert [(c.kind, c.party) for c in event.casualties] == [("detained", "Islamic State")]
