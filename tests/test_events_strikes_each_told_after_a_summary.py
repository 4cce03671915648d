"""A release that counts its strikes ("conducted three airstrikes") and then tells each in
a sentence of its own ("The second strike destroyed ...", "A third strike killed ...")
reports one air strike event a strike, whatever else the sentence tells of it (a depot
destroyed, fighters killed), by the force that struck them all."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2022-10-21") if isinstance(r, Event)]


def test_each_strike_of_a_summary_is_an_air_strike_of_its_own() -> None:
    text = ("The U.S. military carried out three airstrikes against the Islamic State group "
            "in eastern Syria on Tuesday.\n\n"
            "The first strike, near Hajin, killed four fighters. The second strike destroyed "
            "an ammunition depot and killed two fighters near Gharanij. A third strike killed "
            "one fighter near Shafah.")
    events = _events(text)
    assert [e.fatalities for e in events] == [4, 2, 1]
    assert all(e.sub_event_type == "air_drone_strike" for e in events)
    assert len({e.actor1 for e in events}) == 1 and events[0].actor1 is not None


def test_a_later_strike_that_only_destroyed_is_still_an_air_strike() -> None:
    text = ("Coalition aircraft conducted two strikes against militants in Helmand province "
            "on Sunday.\n\n"
            "The first strike killed six militants near Marjah. The second strike destroyed "
            "a vehicle near Nad Ali.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["air_drone_strike", "air_drone_strike"]
    assert events[0].fatalities == 6


def test_a_third_strike_of_a_week_with_none_counted_stays_one_event() -> None:
    text = ("Coalition jets struck a militant camp near Marjah on Sunday, killing five "
            "fighters. A third strike of the week hit the same area.")
    assert len(_events(text)) == 1
