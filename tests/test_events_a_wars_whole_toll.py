"""A war's or a campaign's whole toll, told for context ("the war, which began in April 2023,
has killed tens of thousands of people"), is no incident: its dead are a vague count of
thousands at least. A past incident with hundreds dead is still one; "tens of thousands"
and "hundreds of thousands" are read at their scale, not as tens or hundreds."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import parse_number
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, doc_id="t", published="2025-03-04")
            if isinstance(r, Event)]


@pytest.mark.parametrize(
    "history",
    [
        "The conflict between the government and the rebels, which began in March 2021, has "
        "killed tens of thousands of people, according to aid agencies.",
        "Armed groups have killed thousands of villagers across Ituri since 2017.",
        "The insurgency in the northeast has killed hundreds of thousands of people since 2009.",
    ],
)
def test_a_wars_whole_toll_is_no_event(history: str) -> None:
    text = ("Gunmen killed four traders on the road near Bunia on Monday, local officials "
            f"said. {history}")
    events = _events(text)
    assert [(e.date_start, e.fatalities) for e in events] == [("2025-03-03", 4)]


def test_a_past_incident_with_hundreds_dead_is_kept() -> None:
    events = _events("Gunmen killed four traders on the road near Bunia on Monday. In May "
                     "2023, militiamen killed hundreds of people in an attack on a camp near "
                     "Djugu, according to the United Nations.")
    assert sorted((e.date_start, e.background) for e in events) == [
        ("2023-05-01", True), ("2025-03-03", False)]


@pytest.mark.parametrize(("words", "low"), [("tens of thousands of people", 10000),
                                            ("hundreds of thousands of people", 100000),
                                            ("tens of people", 10), ("thousands of people", 1000)])
def test_vague_counts_of_thousands_are_read_at_their_scale(words: str, low: int) -> None:
    number = parse_number(words)
    assert number is not None and (number.value, number.low) == (None, low)


@pytest.mark.parametrize("history", [
    "Moscow denies targeting civilians, though thousands have been killed in Russian attacks "
    "on cities since the invasion began in February 2022.",
    "The province has been struck again and again since the war began in 2015. A medical "
    "charity said it had received 11 of the wounded at the hospital it supports. The war "
    "has killed tens of thousands of people.",
])
def test_a_wars_toll_after_a_conjunction_or_with_some_of_the_hurt_is_no_event(
        history: str) -> None:
    text = ("Gunmen killed four traders on the road near Bunia on Monday, wounding 20, local "
            f"officials said. {history}")
    events = _events(text)
    assert [(e.date_start, e.fatalities) for e in events] == [("2025-03-03", 4)]
