"""A town, then its municipality of the same name and the province: "X (X, Province)"."""

from __future__ import annotations

import pytest

from tests.place_readings import first_event_place as _where


@pytest.mark.parametrize(("text", "expected"), [
    ("On 4 May 2021, unidentified gunmen killed a trader in Caldas (Caldas, Boyaca).",
     ("Caldas", "CO", "Boyaca")),
    ("On 4 May 2021, residents blocked a road in Betulia (Betulia, Santander).",
     ("Betulia", "CO", "Santander")),
    ("On 4 May 2021, gunmen shot a taxi driver in Benito Juarez (Benito Juarez, Guerrero).",
     ("Benito Juarez", "MX", "Guerrero")),
    ("On 4 May 2021, a police officer was killed in Santa Maria del Oro (Santa Maria del "
     "Oro, Jalisco).", ("Santa Maria del Oro", "MX", "Jalisco")),
    ("On 4 May 2021, farmers marched to the town hall in Caldas (Caldas, Boyaca) over "
     "land titles.", ("Caldas", "CO", "Boyaca")),
])
def test_places_the_province_after_the_municipality_holds_the_town(
        text: str, expected: tuple[str, str, str]) -> None:
    # not the larger namesakes of Antioquia, Mexico City or Nayarit
    assert _where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the name written twice alone: the second is the state, as before
    ("On 4 May 2021, musicians protested in Durango, Durango, demanding permits.",
     ("Victoria de Durango", "MX", "Durango")),
    ("On 4 May 2021, a mob attacked a market in Villanueva (Villanueva, Casanare).",
     ("Villanueva", "CO", "Casanare")),
])
def test_places_a_name_written_twice_keeps_its_reading(
        text: str, expected: tuple[str, str, str]) -> None:
    assert _where(text) == expected
