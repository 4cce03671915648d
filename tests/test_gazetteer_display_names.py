"""Division display names: the common short form, by rules over GeoNames' own names."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer_build import Entry, admin_display_name


def _town(name: str, *alternates: str) -> Entry:
    entry = Entry(name=name, country="XX", feature="populated_place", lat=0.0, lon=0.0)
    entry.alternates = set(alternates)
    return entry


@pytest.mark.parametrize(
    ("name", "alternates", "seat", "expected"),
    [
        ("Dagestan, Respublika", {"Dagestan Republic", "Dağıstan"}, None, "Dagestan"),
        ("Ḩamāh", {"Hama", "Hama Governorate", "Hamah Governorate"}, None, "Hamah"),
        ("Michoacán de Ocampo", {"Estado de Michoacán de Ocampo", "Michoacán"}, None,
         "Michoacan"),
        ("Free and Sovereign Baja California", set(), None, "Baja California"),
        ("Autonomous Republic Crimea", set(), None, "Crimea"),
        ("Ţarābulus", {"Tripoli"}, _town("Tripoli", "Tarabulus", "Ţarābulus"), "Tripoli"),
        # The seat's name counts only when the two name each other.
        ("La Rioja", {"Logrono"}, _town("Logrono", "Logroño"), "La Rioja"),
        ("Northern Territory", set(), None, "Northern Territory"),
        ("District of Columbia", set(), None, "District of Columbia"),
        ("Da Nang", set(), None, "Da Nang"),
        ("Rio de Janeiro", {"Estado do Rio de Janeiro"}, None, "Rio de Janeiro"),
    ],
)
def test_admin_display_name(
    name: str, alternates: set[str], seat: Entry | None, expected: str
) -> None:
    assert admin_display_name(name, alternates, seat) == expected
