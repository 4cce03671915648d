"""Past events a report cites for context are background, not new incidents: deeds judged
in court or remembered on an anniversary, deeds told by their year, deeds a sentence
measures its own by ("the deadliest since ..."), and deeds months or years before."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event

PUBLISHED = "2025-06-12"  # a Thursday
LEAD = "Armed men killed nine herders near Gusau on Tuesday, police said. "


def _events(text: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published=PUBLISHED) if isinstance(r, Event)]


def _current(text: str) -> list[Event]:
    return [e for e in _events(text) if not e.background]


@pytest.mark.parametrize(
    "context",
    [
        "A court last month sentenced four men to death for an attack on a mosque in 2021"
        " that killed 33 worshippers.",
        "Last week, judges convicted two men over a 2020 bombing that killed 15 traders.",
        "The militia was blamed for a 2016 raid on a camp that killed 120 people.",
        "It was the worst day in the district since an assault on a barracks killed 44"
        " soldiers.",
        "It was the deadliest attack since a bombing at a bus park killed 21 passengers.",
        "Over the past two years, bandits have killed more than 700 people in the state.",
        "So far this year, raiders have killed 240 villagers in the district.",
    ],
)
def test_the_current_event_keeps_its_own_toll_and_day(context: str) -> None:
    current = _current(LEAD + context)
    assert [(e.date_start, e.fatalities) for e in current] == [("2025-06-10", 9)]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers marked on Tuesday the second anniversary of the massacre that killed 48"
        " people in their village.",
        "The trial of five men accused of the 2022 killing of 12 miners opened on Monday.",
        "A high court on Wednesday jailed three men for life for the 2019 attack on a"
        " convoy that killed 14 soldiers.",
        "Trade had been slow since the raid on the cattle market last month, dealers said.",
        "Dozens gathered on Sunday to mark five years since the bombing of the stadium.",
        "Schools in the area reopened on Monday, seven months after gunmen seized 60 pupils,"
        " officials said.",
    ],
)
def test_a_paragraph_about_a_past_deed_holds_no_new_incident(text: str) -> None:
    assert _current(text) == []


def test_a_deed_days_before_opening_the_sentence_stays_an_event() -> None:
    # a deed days before, opening a sentence without violence after its comma, is not
    # set apart: it may well be the report's own incident
    text = "Two days after gunmen killed five traders near Funtua, the market stayed shut."
    assert [e.fatalities for e in _current(text)] == [5]


def test_a_current_deed_after_a_long_ago_one_is_kept() -> None:
    text = ("Six months after insurgents overran the town and killed 25 soldiers, troops"
            " retook it on Monday, officials said.")
    assert [e.date_start for e in _current(text)] == ["2025-06-09"]


def test_a_year_before_a_word_that_is_no_deed_cites_nothing() -> None:
    text = "Gunmen killed four voters in Kano on Tuesday during the 2025 election rerun."
    assert [(e.date_start, e.fatalities) for e in _current(text)] == [("2025-06-10", 4)]


def test_a_lead_told_in_the_perfect_stays_the_event() -> None:
    text = "Gunmen have killed seven traders in Zaria, police said on Wednesday."
    assert [e.fatalities for e in _current(text)] == [7]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The minister toured the camp on Tuesday, where gunmen killed 13 people in May.",
         "2025-05-01"),
        ("Troops reached Dori on Monday, where militants had killed 12 civilians on Saturday.",
         "2025-06-07"),
        # the deed told before the place's clause keeps the sentence's day
        ("Gunmen stormed the village on Tuesday, where they killed 16 people.", "2025-06-10"),
    ],
)
def test_a_deed_in_a_places_clause_takes_that_clauses_day(text: str, day: str) -> None:
    assert [e.date_start for e in _events(text)] == [day]
