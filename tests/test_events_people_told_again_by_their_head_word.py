"""People told again by the head word of a phrase that named their side ("killing three
prison guards ... Five guards were wounded") are of that side; a head word no earlier
phrase resolved is left as it was."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def _counts(pipeline: RulePipeline, text: str, kind: str) -> dict[str | None, int]:
    event = only_event(pipeline, text)
    return {c.party: c.count or 0 for c in event.casualties if c.kind == kind}


def test_events_guards_told_again_are_the_prison_guards(pipeline: RulePipeline) -> None:
    text = ("Gang members stormed the prison in Saint-Marc, Haiti, before dawn on Sunday, "
            "killing three prison guards. Five guards were wounded, two of them seriously.")
    assert _counts(pipeline, text, "wounded") == {"Police Forces of Haiti Prison Guards": 5}


def test_events_head_word_told_first_takes_the_side_told_after(pipeline: RulePipeline) -> None:
    text = ("Gang members stormed the prison in Saint-Marc, Haiti, before dawn on Sunday. "
            "Five guards were wounded and three prison guards were killed.")
    assert _counts(pipeline, text, "wounded") == {"Police Forces of Haiti Prison Guards": 5}
