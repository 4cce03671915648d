"""Armed or terrorist groups told by their kind alone ("clashed with terrorist groups") are
ACLED's unidentified armed group, the side fought, not a mob."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Syrian army units clashed with terrorist groups near Maarat al-Numan on Monday.",
         "Syrian government forces", "Unidentified Armed Group (Syria)"),
        ("Army units fought armed groups near Khan Shaykhun on Friday.",
         "Syrian government forces", "Unidentified Armed Group (Syria)"),
        ("A terrorist group attacked a police checkpoint in Baquba, Iraq, killing two "
         "policemen.", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
    ],
)
def test_actors_armed_groups_unnamed(pipeline: RulePipeline, text: str, actor1: str,
                                     actor2: str) -> None:
    event = only_event(pipeline, text)
    assert (event.actor1, event.actor2, event.sub_event_type) == (actor1, actor2, "armed_clash")
