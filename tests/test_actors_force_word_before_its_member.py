"""A force's name before one of its men ("an off-duty Army soldier") is one person of the
force, and "a lone gunman" after "by" is the passive's agent: the soldier was struck."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Document, Event


def test_actors_force_word_before_its_member_is_one_mention() -> None:
    doc = RulePipeline().analyse(Document(
        doc_id="t", text="An off-duty Army soldier was shot in Bacolod on Monday.",
        published="2024-10-08"))
    assert [(a.text, a.kind) for a in doc.actors] == [("Army soldier", "state_forces")]


@pytest.mark.parametrize("who", ["soldier", "Army soldier"])
@pytest.mark.parametrize("shooter", ["a gunman", "a lone gunman", "a single gunman"])
def test_actors_the_soldier_shot_by_a_gunman_was_struck(who: str, shooter: str) -> None:
    [event] = [r for r in extract(
        f"An off-duty {who} was shot dead by {shooter} in front of his house in Kabankalan "
        "City, Negros Occidental on Monday evening, police said.", published="2024-10-08")
        if isinstance(r, Event)]
    assert event.actor1 == "Unidentified Armed Group (Philippines)"
