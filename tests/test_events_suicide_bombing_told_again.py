"""A suicide bombing named once and told again in plain words ("the bomber detonated an
explosive ...", "condemned the bombing", "the blast") is a suicide bombing, however often
the plain words come; a roadside bomb with no suicide attacker is not."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, doc_id="t", published="2024-06-12")
                if isinstance(r, Event)]
    return event


def test_suicide_bombing_told_again_in_plain_words() -> None:
    event = _event("A suicide bombing at a football match in Wana, Pakistan, killed nine "
                   "people on Tuesday. The attacker detonated an explosive device near the "
                   "stands, police said. The governor condemned the bombing, and the "
                   "province's police chief said the bombing was the worst this year. "
                   "Witnesses said the blast was heard across the town.")
    assert event.sub_event_type == "suicide_bomb"


def test_a_roadside_bomb_is_no_suicide_bombing() -> None:
    event = _event("A roadside bomb exploded near a police van in Wana, Pakistan, on "
                   "Tuesday, killing three officers. The bombing was the third this month.")
    assert event.sub_event_type == "remote_explosive_landmine_ied"
