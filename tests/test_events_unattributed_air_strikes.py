"""An air or drone strike whose striker goes unnamed.

Aircraft are a state's or a known force's, never a band of gunmen's: where the report names
no side that struck ("A drone strike on a car killed two men"), ACLED codes actor1 as
"Unidentified Military Forces" (inter 8, of no country), as it does "unidentified
warplanes". A striker the report names stays, and a bomb of unknown authorship is still an
unidentified armed group's.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event

UNNAMED = "Unidentified Military Forces"


@pytest.mark.parametrize("text", [
    "A drone strike on a car killed two men near Jaar in Abyan province on Friday, residents "
    "said.",
    "An air strike hit a house in the village of Kafr Nabudah in Hama on Sunday, killing "
    "four people, a monitor said.",
    "Unidentified warplanes struck a convoy near Al-Bukamal on Sunday, killing six fighters.",
])
def test_unnamed_striker_of_an_air_strike(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert event.sub_event_type == "air_drone_strike"
    assert event.actor1 == UNNAMED
    assert event.actor_kinds[UNNAMED] == "external_force"
    assert event.actor_acled_names.get(UNNAMED, UNNAMED) == UNNAMED


@pytest.mark.parametrize(("text", "actor1"), [
    ("Turkish drones struck a car near Qamishli on Monday, killing three fighters.",
     "Turkish Armed Forces"),
    ("A roadside bomb killed two soldiers near Jaar in Abyan province on Friday.",
     "Unidentified Armed Group (Yemen)"),
])
def test_named_strikers_and_bombs_keep_their_actor(pipeline: RulePipeline, text: str,
                                                    actor1: str) -> None:
    assert only_event(pipeline, text).actor1 == actor1
