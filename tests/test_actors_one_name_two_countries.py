"""Two groups share a name (the PKK's armed wing and Myanmar's resistance force are both
"People's Defence Forces"): a report whose country is known means the one active there."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "On 22 March 2022, members of the People's Defence Forces clashed with junta troops near "
    "Kani, Sagaing Region, Myanmar.",
    "On 22 March 2022, the People's Defense Forces ambushed a military column near Kani, "
    "Sagaing Region.",
])
def test_actors_shared_name_in_myanmar(pipeline: RulePipeline, text: str) -> None:
    assert only_event(pipeline, text).actor1 == "People's Defence Force"


def test_actors_shared_name_in_iraq(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 22 March 2022, Turkish drones struck fighters of the "
                                 "People's Defence Forces near Sidakan, Erbil, Iraq.")
    assert event.actor2 == "Kurdistan Workers' Party"
