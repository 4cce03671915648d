"""A hyphenated name the gazetteer lacks whose parts are towns' names is one name where a
division word follows it ("the Mokolo-Kousseri department") or where "the" stands before
it with no noun after it ("in the Mokolo-Kousseri on Monday"): no town of either part.
Elsewhere the parts are read apart, as the ends of a road are ("the Mokolo-Kousseri
road")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "Gunmen killed two herders in the Mokolo-Kousseri department on Monday.",
    "Gunmen killed two herders in Mokolo-Kousseri division on Monday.",
    "Gunmen killed two herders in the Mokolo-Kousseri on Monday.",
    "Gunmen killed two herders in the Mokolo-Kousseri, police said.",
], ids=["the-and-department", "division", "the-then-preposition", "the-then-comma"])
def test_places_hyphenated_name_written_as_one_is_no_pair_of_towns(text: str) -> None:
    found = places_in(text)
    assert "Mokolo" not in found and "Kousseri" not in found, found


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a bus on the Mokolo-Kousseri road on Monday.",
    "Gunmen ambushed a bus between Mokolo-Kousseri on Monday.",
], ids=["road", "no-cue"])
def test_places_hyphenated_parts_stay_apart_elsewhere(text: str) -> None:
    found = places_in(text)
    assert found["Mokolo"].place is not None and found["Kousseri"].place is not None


def test_events_department_the_gazetteer_lacks_placed_at_its_holder() -> None:
    text = ("On 9 June 2021, Boko Haram fighters killed three herders in the "
            "Mokolo-Kousseri department, Extreme-Nord region.")
    [event] = [r for r in extract(text) if isinstance(r, Event)]
    assert (event.location.name, event.location.geo_precision) == ("Extreme-Nord", 3)
