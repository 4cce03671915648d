"""A defence ministry's bulletin on its own strikes names its air arm without its country
("a strike of the aerospace forces in the area of X"): the striker is the ministry's
country's forces, not the army of the country where the strike fell."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2023-11-20") if isinstance(r, Event)]


def test_the_air_arm_of_a_bulletin_is_the_ministry_s_country_s() -> None:
    text = ("Russia's Defence Ministry said a strike of the aerospace forces in the area of "
            "Kurakhove in Donetsk region killed up to 25 Ukrainian troops on Saturday.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].actor1 == "Russian Armed Forces"
    assert events[0].actor2 == "Armed Forces of Ukraine"
    assert events[0].sub_event_type == "air_drone_strike"


def test_an_air_arm_named_with_its_country_keeps_that_country() -> None:
    text = ("Russia's Defence Ministry said Ukrainian air force jets struck a Russian "
            "supply column near Tokmak on Saturday, killing four soldiers.")
    events = _events(text)
    assert events[0].actor1 != "Russian Armed Forces"
