"""Lists of strikes in a bulletin, each line an event of its own.

"The Nigerian Air Force said ... its jets had carried out the following strikes on
Wednesday:" above lines "- Near Tsafe, an air strike destroyed a bandit camp, killing five
bandits." and "- Near Maru, ...": each line with a place or a day of its own is an event,
however near the places lie; the lead gives each its striker, its day where the line tells
none and the group struck where the line names none, and its own figures (a total of all
lines) go to none of them. The line keeps the kind of deed the lead tells ("strikes"),
whatever word, or none, it tells it with ("a logistics hub ... was destroyed"). A headline
above the lead sums the lines up and is no event of its own. A line that tells no deed
("surveillance aircraft tracked fighters") is no strike.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.conftest import fixture_records


def _events(text: str, published: str) -> list[Event]:
    records = RulePipeline()(document_from_text(text, doc_id="list", published=published))
    return [r for r in records if isinstance(r, Event) and not r.background]


def _killed(event: Event) -> int:
    return sum(c.count or 0 for c in event.casualties if c.kind == "killed")


def test_each_line_of_the_air_force_list_is_a_strike() -> None:
    events = [r for r in fixture_records("raids", "naf-list-of-strikes", "2024-03-15")
              if isinstance(r, Event) and not r.background]
    assert [(e.location.name, e.date_start, e.sub_event_type, e.actor1, _killed(e))
            for e in events] == [
        ("Tsafe", "2024-03-13", "air_drone_strike", "Military Forces of Nigeria", 5),
        ("Maru", "2024-03-13", "air_drone_strike", "Military Forces of Nigeria", 3),
        ("Anka", "2024-03-13", "air_drone_strike", "Military Forces of Nigeria", 0),
    ]
    assert [e.actor2 for e in events] == ["Unidentified Armed Group (Nigeria)"] * 3
    assert sum(c.count or 0 for c in events[1].casualties if c.kind == "wounded") == 2


NUMBERED = (
    "The Security Media Cell announced, on Monday, that the Iraqi security forces carried "
    "out the following operations on Sunday:\n"
    "1- The Army Aviation carried out an air strike in the Hamrin mountains in Diyala, which "
    "resulted in the killing of (3) terrorists from ISIS gangs.\n"
    "2- A force from the Federal Police arrested (2) terrorists in Tarmiyah district north of "
    "Baghdad.\n"
    "3- Iraqi F-16 aircraft destroyed a hideout of ISIS terrorist gangs in Wadi al-Shay in "
    "Kirkuk, killing (2) terrorists.\n")

LEAD_TOTAL = (
    "The Somali army said it killed eight al-Shabaab fighters in the following operations "
    "on Wednesday:\n"
    "- Near Jilib, troops raided a base, killing five fighters.\n"
    "- In Bardere, soldiers ambushed a convoy, killing three fighters and capturing two.\n")

OWN_DAYS = (
    "Nigerian Air Force strikes kill 11 terrorists in Borno\n\n"
    "The Nigerian Air Force said on Sunday its fighter jets had conducted the following air "
    "interdiction missions in Borno State:\n"
    "- On Thursday, near Gwoza, an air strike on a compound killed four terrorists.\n"
    "- On Friday, at Bama, two gun trucks were destroyed and seven terrorists were "
    "killed.\n")


@pytest.mark.parametrize(("text", "published", "expected"), [
    (NUMBERED, "2024-03-11", [
        ("Diyala", "2024-03-10", "air_drone_strike", "Islamic State", 3, 0),
        ("Baghdad", "2024-03-10", "arrests", "Islamic State", 0, 2),
        ("Kirkuk", "2024-03-10", "air_drone_strike", "Islamic State", 2, 0)]),
    (LEAD_TOTAL, "2024-03-16", [
        ("Jubbada Dhexe", "2024-03-13", "armed_clash", "Al Shabaab", 5, 0),
        ("Gedo", "2024-03-13", "armed_clash", "Al Shabaab", 3, 2)]),
    (OWN_DAYS, "2024-03-17", [
        ("Borno", "2024-03-14", "air_drone_strike", "Unidentified Armed Group (Nigeria)", 4, 0),
        ("Borno", "2024-03-15", "air_drone_strike", "Unidentified Armed Group (Nigeria)", 7, 0)]),
])
def test_lines_keep_their_place_day_and_figures(
        text: str, published: str,
        expected: list[tuple[str, str, str, str, int, int]]) -> None:
    events = _events(text, published)
    assert [(e.location.admin1, e.date_start, e.sub_event_type, e.actor2, _killed(e),
             sum(c.count or 0 for c in e.casualties if c.kind == "detained"))
            for e in events] == expected


@pytest.mark.parametrize(("text", "published", "striker"), [
    (LEAD_TOTAL, "2024-03-16", "Military Forces of Somalia"),
    (OWN_DAYS, "2024-03-17", "Military Forces of Nigeria"),
])
def test_the_lead_gives_the_striker(text: str, published: str, striker: str) -> None:
    assert {e.actor1 for e in _events(text, published)} == {striker}


def test_a_line_that_tells_no_deed_is_no_strike() -> None:
    text = OWN_DAYS + ("- In Dikwa, surveillance aircraft tracked fighters fleeing toward "
                       "the border.\n")
    assert [e.location.name for e in _events(text, "2024-03-17")] == ["Gwoza", "Bama"]


def test_lines_with_no_place_or_day_are_parts_of_the_lead() -> None:
    text = ("The Somali army said it killed 12 militants near Kismayo on Monday:\n"
            "- Troops raided a hideout of the militants.\n"
            "- Soldiers ambushed a convoy of the militants.\n")
    [event] = _events(text, "2024-03-12")
    assert (event.location.name, event.date_start, _killed(event)) == (
        "Kismayo", "2024-03-11", 12)
