"""A municipality named with the first-level division that holds it ("X municipality, Y
department") lies in that division, not in another one where a namesake district of Y sits
beside a larger X."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Soldiers searched a farm in Vereda Lomalarga, Morales municipality, Bolivar "
         "department, at dawn.", "Morales", "Bolivar"),
        ("Gunmen set fire to a bus near Caserio Tolima, Morales municipality, Bolivar "
         "department.", "Morales", "Bolivar"),
    ],
)
def test_first_level_division_named_decides(text: str, name: str, admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.admin1 == admin1
