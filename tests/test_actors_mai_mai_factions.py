"""Mai-Mai factions by their own names, as ACLED names them ("Mayi Mayi Militia (Nyatura)")."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "acled"),
    [
        ("On 11 August 2021, Raia Mutomboki militiamen killed two civilians near Kigulube, "
         "Shabunda.", "Mayi Mayi Militia (Raia Mutomboki)"),
        ("On 11 August 2021, Nyatura fighters attacked a village in Masisi, killing a farmer.",
         "Mayi Mayi Militia (Nyatura)"),
    ],
)
def test_actors_faction_named(pipeline: RulePipeline, text: str, acled: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 is not None
    assert event.actor_acled_names.get(event.actor1, event.actor1) == acled
