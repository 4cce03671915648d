"""One person, or a few men, told by no name but by the attack they make ("a man hurled a
grenade at a police post", "two men shot dead a guard", "a youth threw a grenade into a
bar") is the unnamed armed attacker, not civilians; civilians are those they struck. A
person told as the one struck ("a man shot dead on Monday") stays who was struck."""

from __future__ import annotations

import pytest

from eventcoder.actors import find_actors
from eventcoder.document import make_doc
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.places import find_places
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "struck", "party"), [
    ("A man hurled a grenade at a police post in Gitega on Tuesday, wounding two officers.",
     "Police Forces of Burundi", "Police Forces of Burundi"),
    ("A youth threw a grenade into a crowded bar in Ngozi on Saturday, wounding five people.",
     "Civilians (Burundi)", "Civilians (Burundi)"),
    ("Two men shot dead a shopkeeper in Kisumu, Kenya, on Thursday.",
     "Civilians (Kenya)", "Civilians (Kenya)"),
])
def test_person_told_by_the_attack_is_the_attacker(
        pipeline: RulePipeline, text: str, struck: str, party: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group"), (
        event.actor1, event.actor2)
    assert event.actor2 == struck
    assert {c.party for c in event.casualties} == {party}


@pytest.mark.parametrize("text", [
    "A man shot dead on Monday in Kisumu, Kenya, was a local trader, police said.",
    "A man stabbed to death in his home in Kisumu, Kenya, on Monday was a teacher.",
])
def test_person_told_as_the_one_struck_is_no_attacker(pipeline: RulePipeline,
                                                      text: str) -> None:
    doc = find_actors(find_places(make_doc(document_from_text(text, doc_id="t"))))
    assert not any(a.kind == "unidentified_armed_group" for a in doc.actors)
    event = only_event(pipeline, text)
    assert event.actor2 == "Civilians (Kenya)"
    assert [(c.kind, c.party, c.count) for c in event.casualties] == [
        ("killed", "Civilians (Kenya)", 1)]
