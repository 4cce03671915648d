"""A place told by its division word and then located from another place ("the X district
north of the capital Y"): the event is at X; Y, whatever title it is given, is only the
point the bearing is told from."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


def _places(text: str) -> list[tuple[str | None, int]]:
    return [(r.location.name, r.location.geo_precision)
            for r in extract(text, published="2024-05-06") if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "place"), [
    ("Four policemen were killed when insurgents attacked a checkpoint in the Chahar Dara "
     "district west of the provincial capital Kunduz on Sunday, officials said.", "Chahar Dara"),
    ("Two soldiers died when a roadside bomb hit their patrol in the Balad district north of "
     "the capital Baghdad on Sunday.", "Balad"),
])
def test_a_district_told_from_a_capital_is_the_place(text: str, place: str) -> None:
    assert _places(text) == [(place, 2)]


@pytest.mark.parametrize(("text", "city", "bearing"), [
    ("A market was shelled in a village west of the capital Kabul.", "Kabul", "west of"),
    ("Gunmen ambushed a bus about 30 km from the state capital Maiduguri.", "Maiduguri",
     "km from"),
])
def test_a_capital_told_by_its_title_keeps_the_bearing(text: str, city: str,
                                                       bearing: str) -> None:
    assert places_in(text)[city].modifier == bearing


def test_the_capital_alone_is_no_bearing() -> None:
    # the title with no bearing before it: the capital itself
    assert places_in("Gunmen attacked a bus in the capital Kabul.")["Kabul"].modifier is None


@pytest.mark.parametrize(("text", "place"), [
    ("Seven civilians were killed on Sunday when gunmen entered the village of Kobosso, about "
     "30 kilometres east of Djibo in Burkina Faso.", "Djibo"),
    ("Nine villagers were killed on Sunday when militiamen attacked the village of Ndoyamba, "
     "some 25 km south of Bunia in Ituri province.", "Bunia"),
])
def test_a_village_unknown_told_by_its_distance_is_near_the_town(text: str, place: str) -> None:
    # the village no gazetteer holds: coded at the town its distance is told from, near it
    assert _places(text) == [(place, 2)]
