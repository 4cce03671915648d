"""A small town or district written before the province that holds it is a place."""

from __future__ import annotations

import pytest

from tests.place_readings import first_event_place as _where


@pytest.mark.parametrize(("text", "expected"), [
    ("On 4 May 2021, gunmen abducted 3 farmers near Xyzkoro village (Magude, Maputo).",
     ("Magude", "MZ", "Maputo")),
    ("On 4 May 2021, insurgents burned houses in Chaimite village (Moamba, Maputo).",
     ("Moamba", "MZ", "Maputo")),
    ("On 4 May 2021, dissidents killed a farmer in Xyzkoro hamlet (Caimito, Sucre).",
     ("Caimito", "CO", "Sucre")),
    ("On 4 May 2021, residents blocked a road near Xyzkoro (Togui, Boyaca).",
     ("Togui", "CO", "Boyaca")),
    ("On 4 May 2021, thieves looted cattle near Pfukwe village (Magude, Maputo) at dawn.",
     ("Magude", "MZ", "Maputo")),
])
def test_places_a_village_at_the_district_its_province_holds(
        text: str, expected: tuple[str, str, str]) -> None:
    # the district, not the province (nor the capital) written after it
    assert _where(text) == expected
