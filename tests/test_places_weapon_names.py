"""A weapon's name told as a weapon ("fired Grad rockets", "fired a Tochka") is no place,
though a village bears that name; the same word told as where something happened is."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event
from tests.places_text import places_in


def _events(text: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published="2023-06-20") if isinstance(r, Event)]


def test_name_before_the_rockets_is_a_weapon() -> None:
    found = places_in("Insurgents fired Grad rockets towards Mariupol late on Sunday.")
    assert "Grad" not in found
    assert "Mariupol" in found


def test_name_after_fired_is_a_weapon() -> None:
    assert "Grad" not in places_in("The separatists fired a Grad at Avdiivka overnight.")


def test_event_takes_the_target_town_and_its_country() -> None:
    (event,) = _events("Separatist fighters fired Grad rockets at Horlivka on Sunday.")
    assert event.location is not None
    assert event.location.country == "UA"
    assert event.location.name == "Horlivka"


def test_other_names_of_the_list() -> None:
    found = places_in("Troops fired Smerch missiles and Uragan launchers at Kupiansk.")
    assert "Smerch" not in found and "Uragan" not in found


def test_the_village_itself_is_still_a_place() -> None:
    assert "Grad" in places_in("A landslide cut the road in Grad on Sunday.")


def test_shelled_with_the_weapon() -> None:
    (event,) = _events("Separatists shelled Avdiivka with Grad on Sunday.")
    assert event.location is not None and event.location.name == "Avdiivka"


def test_the_village_told_as_a_place_names_no_rocket() -> None:
    (event,) = _events("Clashes broke out in Grad on Sunday, police said.")
    assert event.equipment == []
    assert event.event_type == "battles"


def test_a_name_holding_grad_names_no_rocket() -> None:
    (event,) = _events("Gunmen attacked a bar in Novi Grad on Sunday.")
    assert event.equipment == []
