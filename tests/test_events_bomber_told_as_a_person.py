"""A suicide bomber told only as a person ("a young man wearing an explosive belt blew
himself up among the worshippers") is the bearer of the belt, not the belt, and an attacker
of no group named, not a civilian; his own death is the attacker's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "bomber"), [
    ("Four worshippers were killed when a young man wearing an explosive belt blew himself up "
     "among them.", "young man"),
    ("A teenager wearing a suicide vest blew himself up at a checkpoint, killing two soldiers.",
     "teenager"),
    ("Six traders died when a woman carrying a bag of explosives blew herself up at the gate.",
     "woman"),
])
def test_the_bomber_is_the_bearer_not_what_he_bore(text: str, bomber: str) -> None:
    dead = [(m.party_text, m.count) for m in find_casualty_mentions(text) if m.perpetrator]
    assert dead == [(bomber, 1)]


@pytest.mark.parametrize(("text", "published", "country", "victims"), [
    ("Four worshippers were killed in Mubi on Tuesday when a young man wearing an explosive "
     "belt blew himself up among them.", "2019-06-12", "Nigeria", 4),
    ("Seven shoppers were killed in Kabul on Friday when a young man blew himself up at the "
     "entrance of a market.", "2018-03-10", "Afghanistan", 7),
    ("Three people were killed in Mogadishu on Monday when a woman wearing a suicide vest "
     "blew herself up outside a restaurant.", "2021-11-23", "Somalia", 3),
])
def test_a_person_who_blew_himself_up_is_an_armed_man_of_no_group(
        text: str, published: str, country: str, victims: int) -> None:
    events = [r for r in extract(text, published=published, doc_id="t")
              if isinstance(r, Event)]
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == "suicide_bomb"
    assert event.actor1 == f"Unidentified Armed Group ({country})"
    assert event.actor2 == f"Civilians ({country})"
    assert {(c.party, c.count) for c in event.casualties if c.kind == "killed"} == {
        (f"Civilians ({country})", victims), (f"Unidentified Armed Group ({country})", 1)}


def test_a_man_who_opened_fire_is_not_made_a_bomber() -> None:
    events = [r for r in extract("A man opened fire at a market in Kano on Tuesday, killing "
                                 "six traders.", published="2019-06-12", doc_id="t")
              if isinstance(r, Event)]
    assert [e.sub_event_type for e in events] == ["attack"]
