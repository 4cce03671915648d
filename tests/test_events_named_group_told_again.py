"""A named group told again by what it is ("The group said ...", "the organisation has
denied ...") is the attacker told again: those words are evidence of actor1, where the
passage names no other group after it."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event

_BOMBING = ("A car bomb exploded outside a police station in Bilbao on Monday, killing two "
            "officers and wounding nine people, police said.\n\n"
            "The Basque separatist group ETA claimed responsibility for the bombing in a call "
            "to a newspaper on Tuesday. {again}")


def _told(event_text: str, pipeline: RulePipeline) -> list[str]:
    event = only_event(pipeline, event_text)
    assert event.actor1 == "ETA", event.notes
    return [e.text for e in event.evidence["actor1"]]


def test_events_group_told_again_by_what_it_is(pipeline: RulePipeline) -> None:
    told = _told(_BOMBING.format(again="The group said the station was a target, and the "
                                       "organisation warned of more attacks."), pipeline)
    assert "The group" in told and "the organisation" in told, told


def test_events_group_of_people_is_not_the_group_told_again(pipeline: RulePipeline) -> None:
    told = _told(_BOMBING.format(again="The group of officers had just finished a shift."),
                 pipeline)
    assert not any(t.lower().startswith("the group") for t in told), told


def test_events_another_group_named_after_leaves_the_words_alone(
        pipeline: RulePipeline) -> None:
    told = _told(_BOMBING.format(again="Officials said the bomb was like those al-Qaeda "
                                       "uses, and that the group may have helped."), pipeline)
    assert "the group" not in told, told
