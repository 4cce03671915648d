"""A province's operations command ("the Anbar Operations Command announced ...") is the
army's command there: the state's forces act, not unnamed gunmen."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    "text",
    [
        "The Anbar Operations Command announced, on Sunday, the killing of three terrorists "
        "in a security operation in the desert of Rutba district.",
        "The Samarra Operations Command said its forces killed two ISIS members in an ambush "
        "near Samarra on Monday.",
    ],
)
def test_actors_operations_command_is_the_army(pipeline: RulePipeline, text: str) -> None:
    assert only_event(pipeline, text).actor1 == "Iraqi Security Forces"
