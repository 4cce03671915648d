"""One shell told by what it did ("a shell fired by the rebels fell on a house", "a shell
landed on a school") is shelling, as "shelled" and "shells" are; a shell casing is not."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 3 February 2024, a shell fired by the rebels fell on a house in Sake, killing "
        "two children.",
        "On 3 February 2024, a shell landed on a primary school in Sake, wounding four pupils.",
        "On 3 February 2024, a shell struck a market in Sake, killing a trader.",
    ],
)
def test_events_single_shell(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert event.sub_event_type == "shelling_artillery_missile_attack"


def test_events_shell_casing_no_shelling(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 3 February 2024, gunmen shot dead a trader in Sake; police "
                                 "found a shell casing nearby.")
    assert event.sub_event_type != "shelling_artillery_missile_attack"
