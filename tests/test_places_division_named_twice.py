"""A name read once as a state and elsewhere in the same report as a town that bears it only
as another name is the state both times; a town the state is written after as where it lies
keeps its reading."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions


@pytest.mark.parametrize(
    "text",
    [
        "On 11 July 2021, Bihar police seized rifles from Maoist cadres near Chakai village "
        "(Jamui, Bihar) after a gunfight.",
        "On 9 March 2022, the Bihar government said two guards were wounded when rebels "
        "fired on a road crew in Rajauli (Nawada, Bihar).",
    ],
)
def test_places_division_named_twice_is_the_division(text: str) -> None:
    readings = [m.place for m in place_mentions(text) if m.text == "Bihar"]
    assert len(readings) == 2
    assert all(p is not None and (p.feature, p.country) == ("admin1", "IN") for p in readings)


def test_places_town_written_before_its_namesake_state() -> None:
    text = ("On 6 May 2022, in Durango, Durango, nurses marched to the state congress; later "
            "the Durango governor met them.")
    first = next(m for m in place_mentions(text) if m.text == "Durango")
    assert first.place is not None
    assert first.place.feature == "populated_place"
