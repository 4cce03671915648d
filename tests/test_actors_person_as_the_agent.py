"""One person told as the agent of an attack in the passive ("a constable was shot by a man
sought for robbery", "a guard was stabbed by a youth") is the unnamed armed
attacker, as ACLED codes a lone attacker, not a civilian; one told as struck by others
("a man was shot by gunmen") stays who was struck."""

from __future__ import annotations

import pytest

from eventcoder.actors import find_actors
from eventcoder.document import make_doc
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.places import find_places
from tests.conftest import only_event


def _kinds(text: str) -> dict[str, str]:
    doc = find_actors(find_places(make_doc(document_from_text(text, doc_id="t"))))
    return {text[a.start:a.end]: a.kind for a in doc.actors}


@pytest.mark.parametrize(("text", "span"), [
    ("A constable was shot by a man sought for robbery in Arima, Trinidad.", "a man"),
    ("The guard was stabbed by a youth outside the bank in Arima, Trinidad.", "a youth"),
    ("Two officers were attacked by a masked man near the station in Arima, Trinidad.",
     "a masked man"),
])
def test_actors_person_after_by_is_the_attacker(text: str, span: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(span) == "unidentified_armed_group", kinds


def test_actors_person_struck_by_others_stays_struck() -> None:
    kinds = _kinds("A man was shot by gunmen near the market in Arima, Trinidad.")
    assert kinds.get("A man") == "civilians", kinds


def test_events_officer_shot_by_a_man(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 3 June 2021, in Arima, Trinidad, a constable on patrol "
                                 "was shot by a man sought on a robbery warrant. The constable "
                                 "fired back and killed him.")
    names = [event.actor1, event.actor2]
    assert "Unidentified Armed Group (Trinidad and Tobago)" in names, names
