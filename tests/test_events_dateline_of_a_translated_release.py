"""A translated release opens with the town and day it was issued ("Mosul, 22/9/2024 -");
the day its event was told "on" ("on 18/9") is the event's, not the dateline's."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def test_day_told_on_before_a_title_case_dateline_dates_the_event() -> None:
    text = ("Strike on a tunnel in the Anbar desert\n\n"
            "Ramadi, 22/9/2024 - The Joint Operations Command stated that on 18/9 army "
            "aircraft struck a tunnel used by the terrorist gangs in the Wadi Hauran "
            "desert, killing seven terrorists.")
    [event] = _events(text, "2024-09-22")
    assert (event.date_start, event.time_precision) == ("2024-09-18", 1)


def test_day_told_on_after_a_two_word_dateline_dates_the_event() -> None:
    text = ("Kirkuk Governorate, 14/10/2023 - The Security Media Cell said that on 9/10 "
            "an air strike destroyed a hideout of the gangs in the Wadi Sarha area, and "
            "four terrorists were killed.")
    [event] = _events(text, "2023-10-14")
    assert event.date_start == "2023-10-09"
