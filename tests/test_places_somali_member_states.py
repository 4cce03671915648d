"""The federal member states of Somalia (Galmudug, Puntland, Jubaland, Hirshabelle), which
ISO 3166-2 and GeoNames do not list as divisions, are read as regions of Somalia."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize("name", ["Galmudug", "Puntland", "Jubaland", "Hirshabelle"])
def test_places_member_state_read_in_somalia(name: str) -> None:
    place = places_in(f"Militants overran an army post in {name} on Thursday.")[name].place
    assert place is not None and place.country == "SO"


def test_events_placed_in_the_member_state() -> None:
    text = ("On 6 June 2022, militants overran an army post in Galmudug, killing five "
            "soldiers, a local official said.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events and all(e.location.country == "SO" for e in events)
