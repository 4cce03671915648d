"""A hyphenated name told as a settlement ("Tse-Ukpo, a village on the outskirts of
Makurdi", "Tse-Ukpo village") is one place the gazetteer lacks, not the town of its last
part in another state; a weapon's name before "-type drones" ("Shahed-type drones") is a
weapon, not a village of that name."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.places import _ARM_AFTER, _SETTLEMENT_AFTER
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "Gunmen raided Tse-Ukpo, a village on the outskirts of Makurdi, late on Saturday.",
    "Gunmen raided Tse-Ukpo village near Makurdi late on Saturday.",
    "Gunmen raided Tse-Ukpo, a farming community near Makurdi, late on Saturday.",
])
def test_hyphenated_settlement_is_no_town_of_its_part(text: str) -> None:
    assert "Ukpo" not in places_in(text)
    (event,) = [e for e in extract(text, published="2024-05-20") if isinstance(e, Event)]
    assert (event.location.name, event.location.admin1) == ("Makurdi", "Benue")


def test_a_road_between_two_towns_still_names_both() -> None:
    found = places_in("Gunmen ambushed a bus on the Mokolo-Kousseri road on Monday.")
    assert "Mokolo" in found


@pytest.mark.parametrize(("text", "after"), [
    ("Shahed-type drones hit a bus stop in Sumy late on July 19.", "-type drones"),
    ("Russia launched Shahed drones at Odesa overnight.", " drones"),
])
def test_weapon_name_before_drones_is_no_place(text: str, after: str) -> None:
    assert "Shahed" not in places_in(text)
    assert _ARM_AFTER.match(after) is not None


def test_settlement_after_is_read_only_where_told() -> None:
    assert _SETTLEMENT_AFTER.match(", a village near X") is not None
    assert _SETTLEMENT_AFTER.match(" road") is None
