"""Those the dead "mostly" were ("killed 38 people, most of them police officers", "wounding
20, mostly soldiers") were struck by the attack: never its author."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2017, a bombing outside a stadium in Adana killed 19 people, most of them "
        "police officers.",
        "On 2 May 2017, a car bomb in Adana killed 19 people, mostly policemen.",
    ],
)
def test_events_most_of_them_struck(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert not (event.actor1 or "").startswith("Police Forces")
    assert (event.actor1 or "").startswith("Unidentified Armed Group")


def test_events_most_of_them_struck_keeps_the_doer(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 2 May 2017, police fired on a crowd in Adana, killing 19 "
                                 "people, most of them students.")
    assert (event.actor1 or "").startswith("Police Forces")
