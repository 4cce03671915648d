"""An attack told only as the reason for another act ("closed the road after an attack on a
convoy"): its day (texts written for these tests)."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published=published) if isinstance(r, Event)]


def test_attack_told_as_the_reason_for_a_closure_has_no_day_of_its_own() -> None:
    text = ("Police in Garissa county closed the highway to the border town of Mandera after "
            "an attack on a convoy of buses, officials said. Traders said the closure had cut "
            "supplies to the town.")
    (event,) = _events(text, "2024-05-09")
    assert event.date_end == "2024-05-09"
    assert event.time_precision == 3  # as reported: the day itself is not told


def test_the_day_of_the_closure_bounds_the_attack_it_was_closed_for() -> None:
    text = ("Authorities in the eastern province closed the main road to Kibali on Tuesday "
            "after an attack on a military convoy, a local official said.")
    (event,) = _events(text, "2024-05-09")
    assert event.date_end == "2024-05-07"
    assert event.time_precision == 3


def test_an_attack_with_its_own_day_in_the_reason_clause_keeps_it() -> None:
    text = ("Police closed the highway to Mandera after an attack on a convoy of buses on "
            "Sunday, officials said.")
    (event,) = _events(text, "2024-05-09")
    assert event.date_start == "2024-05-05"
    assert event.time_precision == 1


def test_a_death_told_before_the_cue_is_the_sentences_own_day() -> None:
    text = ("Three soldiers were killed on Sunday after an attack on their convoy near "
            "Mandera, officials said.")
    (event,) = _events(text, "2024-05-09")
    assert event.date_start == "2024-05-05"
    assert event.time_precision == 1


def test_the_act_with_no_deed_of_its_own_is_not_the_attack_of_its_day() -> None:
    text = ("The governor suspended flights to the airport on Friday following an ambush on "
            "an army convoy, a spokesman said.")
    (event,) = _events(text, "2024-05-09")
    assert event.date_end == "2024-05-03"
    assert event.time_precision == 3
