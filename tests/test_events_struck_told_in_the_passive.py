"""Who a passive verb of violence struck ("two women were beaten up by a mob") are on the side
struck, not beside the mob; and a side is never its own associate."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On 9 June 2021, two women were beaten up and paraded by a mob in Gumla, Jharkhand, "
         "over suspicion of witchcraft.", "Women (India)"),
        ("On 9 June 2021, three journalists were assaulted by a mob of party supporters in "
         "Sylhet.", "Journalists (Bangladesh)"),
    ],
)
def test_events_struck_in_the_passive(pipeline: RulePipeline, text: str, group: str) -> None:
    event = only_event(pipeline, text)
    assert group in event.assoc_actor_2
    assert group not in event.assoc_actor_1
    assert event.actor1 not in event.assoc_actor_1


def test_events_protesters_own_group_stays_theirs(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 9 June 2021, hundreds of teachers protested in Lagos; "
                                 "police dispersed them.")
    assert "Teachers (Nigeria)" in event.assoc_actor_1
