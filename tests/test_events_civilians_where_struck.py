"""Civilians told by a bare class word are of the country the event happened in, not of the
country the report names most ("Russia's shelling of Kharkiv killed four civilians");
civilians told with their own country keep it."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 12 April 2022, Russia's shelling of Kharkiv killed four civilians, officials "
         "said.", "Civilians (Ukraine)"),
        ("On 12 April 2022, Pakistan's shelling of Kunar province killed three civilians, "
         "Afghan officials said.", "Civilians (Afghanistan)"),
        ("On 3 March 2022, Iranian border guards shot and killed three Afghan migrants near "
         "Taybad, Iran.", "Civilians (Afghanistan)"),
    ],
)
def test_events_civilians_of_where_they_were_struck(pipeline: RulePipeline, text: str,
                                                    actor2: str) -> None:
    assert only_event(pipeline, text).actor2 == actor2
