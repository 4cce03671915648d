"""An event told only as "in the capital" under a dateline from that capital took place in
the dateline's city; a dateline from another city places nothing."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.gazetteer import capitals
from eventcoder.records import Event


def _event(text: str) -> Event:
    return next(r for r in extract(text, published="2022-08-21") if isinstance(r, Event))


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("Car bomb kills nine in Somalia\n\nMOGADISHU, Aug 21 (Reuters) - A car bomb "
         "exploded outside a hotel in the Somali capital, killing at least nine people, "
         "police said.", "Mogadishu", "Banadir"),
        ("BAGHDAD (AP) - Two rockets struck near a military base in Iraq's capital on "
         "Sunday, wounding three soldiers, the military said.", "Baghdad", "Baghdad"),
        # an upper-case name of five letters, with no country written anywhere
        ("KABUL, Aug 21 (Reuters) - A bomb blast at a mosque in the Afghan capital killed at "
         "least 11 worshippers during Friday prayers.", "Kabul", "Kabul"),
        ("Gunmen storm hotel\n\nBAMAKO (AFP) - Gunmen attacked a hotel in the capital on "
         "Sunday, killing four guards before troops retook the building.", "Bamako", None),
        ("Kabul, Aug 21 (Reuters) - Gunmen shot dead two judges on a road in the capital "
         "early on Sunday, police said.", "Kabul", "Kabul"),
        ("TRIPOLI (Reuters) - Rival Libyan militias clashed in the capital overnight, "
         "killing six fighters, a health official said.", "Tripoli", None),
    ],
)
def test_events_capital_dateline_places_the_event(text: str, place: str,
                                                  admin1: str | None) -> None:
    event = _event(text)
    assert event.location.place == place
    if admin1 is not None:
        assert event.location.admin1 == admin1
    assert event.location.reason is not None and "capital" in event.location.reason


def test_events_dateline_of_another_city_places_nothing() -> None:
    event = _event("MAZAR-I-SHARIF, Aug 21 (Reuters) - A bomb blast at a mosque in the Afghan "
                   "capital killed at least 11 worshippers, police said.")
    assert event.location.place != "Mazar-e Sharif"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a dateline from a capital, an event placed elsewhere by name
        ("KABUL (AP) - Gunmen killed three police officers in Herat on Sunday, officials "
         "said.", "Herat"),
        ("BAGHDAD (AP) - A roadside bomb killed two soldiers near Kirkuk on Sunday.", "Kirkuk"),
        ("LAGOS, Aug 21 (Reuters) - Gunmen killed 12 villagers in Zamfara state, police said.",
         "Zamfara"),
        # a capital of another country than the dateline's
        ("NAIROBI, Aug 21 (Reuters) - A car bomb exploded outside a hotel in the Somali "
         "capital, killing nine people.", None),
        # no capital at all
        ("BAMAKO (AFP) - Gunmen attacked an army post on Sunday, killing four soldiers.", None),
        ("MOGADISHU, Aug 21 (Reuters) - Troops clashed with militants overnight, killing "
         "seven, the army said.", None),
    ],
)
def test_events_dateline_city_is_no_place_otherwise(text: str, place: str | None) -> None:
    event = _event(text)
    assert event.location.place == place
    assert event.location.reason is None or "capital" not in event.location.reason


def test_capitals_come_from_the_shipped_table() -> None:
    assert capitals()["SO"] == "mogadishu"
    assert capitals()["NG"] == "abuja"


def test_events_capital_of_the_dateline_without_a_country_named() -> None:
    event = _event("MOGADISHU (Reuters) - A car bomb exploded near a checkpoint in the capital on "
                   "Sunday, killing six people, police said.")
    assert (event.location.place, event.location.country) == ("Mogadishu", "SO")
