"""An event a report places nowhere but in its dateline's country lies near the dateline's town."""

from __future__ import annotations

from datetime import date

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event)]


def test_a_translated_release_with_no_other_place_is_near_its_dateline_town() -> None:
    text = ("Kirkuk, 3/9/2022 - Two soldiers were killed when an explosive device went off "
            "on their vehicle, the Security Media Cell said.")
    [event] = _events(text)
    assert event.location.admin1 == "Kirkuk"
    assert event.location.geo_precision == 2
    assert event.date_start == "2022-09-03"


def test_the_slashed_date_of_a_title_case_dateline_is_day_first() -> None:
    [doc] = [r for r in extract("Najaf, 4/11/2021 - Police arrested three men who "
                                "planted a bomb near a market.") if r.record == "document"]
    assert doc.published == date(2021, 11, 4) or str(doc.published) == "2021-11-04"


def test_a_part_of_the_country_keeps_the_dateline_town_out() -> None:
    text = ("Kirkuk, 3/9/2022 - Two soldiers were killed when an explosive device went off "
            "on their vehicle in the northern desert, the Security Media Cell said.")
    [event] = _events(text)
    assert event.location.admin1 is None


def test_a_wire_dateline_abroad_does_not_place_the_event() -> None:
    text = ("NAIROBI, Kenya (Reuters) - Gunmen killed four soldiers in Somalia on Tuesday, "
            "a military officer said.")
    [event] = _events(text)
    assert event.location.country == "SO"
    assert event.location.admin1 is None
