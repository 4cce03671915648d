"""Two communal groups joined by "and" before one head noun ("Pokot and Turkana raiders",
"Kuki and Meitei militants") are two militias: the first shares the second's head."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("On 4 March 2022, Pokot and Turkana raiders clashed near Lokori, killing five.",
         "Pokot", "Turkana"),
        ("On 4 March 2022, Kuki and Meitei militants exchanged fire near Moreh.",
         "Kuki", "Meitei"),
        ("On 4 March 2022, Abgaal and Habar Gidir clan militias fought over a well near Eldher.",
         "Abgaal", "Habar Gidir"),
        ("On 4 March 2022, Murle armed youth attacked a cattle camp near Pibor, killing six.",
         "Murle", None),
    ],
)
def test_actors_groups_sharing_a_head(pipeline: RulePipeline, text: str, first: str,
                                      second: str | None) -> None:
    event = main_event(pipeline, text)
    names = [event.actor1 or "", *event.assoc_actor_1, event.actor2 or "",
             *event.assoc_actor_2]
    assert any(n.startswith(f"{first} ") and "Militia" in n for n in names), names
    if second is not None:
        assert any(n.startswith(f"{second} ") and "Militia" in n for n in names), names


def test_actors_groups_sharing_a_head_needs_the_head(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 4 March 2022, Pokot and Turkana elders met in Lodwar "
                                 "after gunmen killed two herders.")
    names = [event.actor1 or "", *event.assoc_actor_1, event.actor2 or "",
             *event.assoc_actor_2]
    assert not any(n.startswith("Pokot") for n in names), names
