"""Whom a crowd struck at is actor2 before anyone a later clause tells of: "villagers pelted
stones at police in X village, who had come to arrest a man" is against the police, not
against the man they came for."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021, villagers pelted stones at police in Rampur village (Sitapur, Uttar "
        "Pradesh), who had come to arrest a man accused of theft.",
        "On 12 June 2021, residents threw stones at police in Kalwa village (Nashik, "
        "Maharashtra) who had arrived to detain a farmer over a land dispute.",
    ],
)
def test_those_struck_at_come_before_a_later_clause(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of India"), (
        event.actor1, event.actor2)
