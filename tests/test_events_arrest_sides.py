"""In an arrest, the group of those taken is actor2 and the force that took them actor1,
whatever order the report names them in."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Three al-Shabaab fighters were arrested in Baidoa on Monday.",
         "Police Forces of Somalia", "Al Shabaab"),
        ("Two Boko Haram commanders were arrested by troops in Maiduguri on Monday.",
         "Military Forces of Nigeria", "Boko Haram"),
        ("The Interior Ministry announced the arrest of a suspect in the Karkh district of "
         "Baghdad. The ministry said the man had confessed to belonging to ISIS.",
         "Police Forces of Iraq", "Islamic State"),
        ("Police arrested two ISIS suspects in Kirkuk on Monday.",
         "Police Forces of Iraq", "Islamic State"),
    ],
)
def test_events_arrest_sides(pipeline: RulePipeline, text: str, actor1: str,
                             actor2: str) -> None:
    event = only_event(pipeline, text)
    assert event.sub_event_type == "arrests"
    assert (event.actor1, event.actor2) == (actor1, actor2)
