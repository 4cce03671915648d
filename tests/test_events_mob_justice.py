"""A mob that punishes those it holds guilty takes justice into its own hands: ACLED's rioters
with "Vigilante Group (COUNTRY)" beside them."""

from __future__ import annotations

import pytest

from eventcoder.actors import lower_ascii, vigilante_group
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Lynch Mob attacked him", "Vigilante Group"),
        ("they beat an alleged thief", "Vigilante Group"),
        ("the witchcraft accusation", "Vigilante Group"),
        ("a mob attacked the police station", None),
        ("switches were stolen", None),
    ],
)
def test_events_vigilante_words(text: str, expected: str | None) -> None:
    lowered = lower_ascii(text)
    assert vigilante_group(lowered, 0, len(lowered)) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 9 June 2021, a suspected thief was beaten to death by residents in Kawempe, "
         "Kampala.", "Uganda"),
        ("On 9 June 2021, villagers lynched two men accused of stealing goats in Kisii.",
         "Kenya"),
    ],
)
def test_events_mob_justice_is_vigilantes(pipeline: RulePipeline, text: str,
                                          country: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 == f"Rioters ({country})"
    assert f"Vigilante Group ({country})" in event.assoc_actor_1


def test_events_a_riot_is_no_mob_justice(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 9 June 2021, rioters torched vehicles in Nairobi after a "
                                 "boda boda rider was killed.")
    assert not any(n.startswith("Vigilante") for n in event.assoc_actor_1)
