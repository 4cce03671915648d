"""Citizens, inhabitants and residents who attack the police are a crowd (ACLED's riots,
the police the side they met); people who only showed a deed on video are no party to it;
two forces of one state fighting each other are the two sides of a battle."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2022-09-14") if isinstance(r, Event)]
    assert events
    return events[0]


def test_citizens_attacking_officers_are_rioters() -> None:
    event = _event("Angry citizens attacked police officers in Multan on Tuesday.")
    assert event.event_type == "riots"
    assert event.actor1 == "Rioters (Pakistan)"
    assert event.actor2 == "Police Forces of Pakistan"


def test_inhabitants_met_the_police_not_civilians() -> None:
    event = _event("Inhabitants of a market quarter in Mombasa attacked police officers on "
                   "Tuesday, hurling stones at them.")
    assert event.event_type == "riots"
    assert event.actor1 == "Rioters (Kenya)"
    assert event.actor2 == "Police Forces of Kenya"
    assert "Civilians (Kenya)" not in (event.actor2, *event.assoc_actor_2)


def test_people_who_posted_a_video_are_no_party() -> None:
    event = _event("A group of residents posted a video showing soldiers beating a tailor in "
                   "Kaduna on Tuesday.")
    assert event.event_type == "violence_against_civilians"
    assert event.actor1 == "Military Forces of Nigeria"


def test_force_after_by_beside_those_struck_struck_them() -> None:
    event = _event("Nine herders who were stopped by soldiers near Gusau were beaten on "
                   "Tuesday, their relatives said.")
    assert event.actor1 == "Military Forces of Nigeria"
    assert event.actor2 == "Civilians (Nigeria)"


def test_police_and_soldiers_fighting_each_other_is_a_battle() -> None:
    event = _event("Police and soldiers clashed with each other in Bulawayo on Tuesday.")
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert {event.actor1, event.actor2} == {"Police Forces of Zimbabwe",
                                            "Military Forces of Zimbabwe"}


def test_soldiers_and_police_fought_one_another() -> None:
    event = _event("Soldiers and policemen fought one another at a checkpoint in Bukavu on "
                   "Tuesday.")
    assert event.event_type == "battles"
    assert event.actor2 is not None and event.actor1 != event.actor2


def test_villagers_fighting_each_other_stay_a_riot() -> None:
    event = _event("Two groups of villagers clashed with each other in Gombe on Tuesday.")
    assert event.event_type == "riots"
