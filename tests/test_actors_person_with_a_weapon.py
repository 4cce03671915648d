"""One person told with a weapon ("a man with a shotgun shot dead ...") is an armed
attacker, as one told armed with it is; a person with a wound of a weapon is not."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "A man with a handgun shot dead a shopkeeper outside a market in Nakuru, Kenya, on "
    "Friday.",
    "A youth with a machete hacked a shopkeeper to death in Nakuru, Kenya, on Friday.",
])
def test_person_with_a_weapon_is_an_armed_attacker(pipeline: RulePipeline,
                                                   text: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group"), (
        event.actor1, event.actor2)
