"""A group's claim of an act its unnamed attackers did ("unidentified attackers set fire to
a school ... the Taliban claimed it") makes the group actor1, the unnamed attackers folded
into it as its own men; they are never moved to actor2, the side that was struck."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Unidentified attackers set fire to a girls' school in Ghazni province, Afghanistan, "
         "overnight on Tuesday. The Taliban claimed responsibility for the attack.", "Taliban"),
        ("Unknown gunmen torched a school in Ghazni province, Afghanistan, on Tuesday, and the "
         "Taliban claimed it.", "Taliban"),
        ("Unidentified attackers burned down a village school near Baidoa, Somalia, on "
         "Friday. Al-Shabaab later claimed the arson.", "Shabaab"),
    ],
)
def test_claimant_is_actor1_with_its_unnamed_attackers(pipeline: RulePipeline, text: str,
                                                       group: str) -> None:
    event = main_event(pipeline, text)
    assert event.actor1 is not None and group in event.actor1, (event.actor1, event.actor2)
    assert event.actor2 is None or "Unidentified" not in event.actor2, (
        event.actor1, event.actor2)


def test_a_claim_that_it_was_something_else_is_no_claim(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "Unknown gunmen torched a school in Ghazni province, "
                       "Afghanistan, on Tuesday. The Taliban claimed it was the work of "
                       "criminals.")
    assert event.actor1 is None or "Taliban" not in event.actor1, (event.actor1, event.actor2)
