"""People "found with their throats slit" were killed, as people found dead were: a death
and an attack on them, also when they were told taken before."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "killed"), [
    ("03/04/2011: On Monday, in Quetta, Balochistan, Pakistan, two farmers were found with "
     "their throats slit near the river.", 2),
    ("03/04/2011: On Monday, in Quetta, Balochistan, Pakistan, a shepherd was found with his "
     "throat cut near the river.", 1),
    ("03/04/2011: On Monday, in Quetta, Balochistan, Pakistan, rebels abducted two farmers "
     "from their field. The two men were found with their throats slit near the river.", 2),
])
def test_casualties_found_with_throat_cut_is_killed(pipeline: RulePipeline, text: str,
                                                    killed: int) -> None:
    event = only_event(pipeline, text)
    assert event.event_type == "violence_against_civilians"
    assert sum(c.count or 0 for c in event.casualties if c.kind == "killed") == killed
