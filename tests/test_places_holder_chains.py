"""A place, then where it lies, with a name the gazetteer lacks or a part word in between:
"Logo (Mahagi, Ituri)", "X area of Y district, Z", "X in the western countryside of Y"."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # A namesake abroad gives way to the holder written after a name it lacks.
        ("A mortar hit Paris in the northern countryside of Hama.", "Paris", "SY", "Hama"),
        ("Shells fell on Busra in the eastern countryside of Daraa on Friday.", "Busra", "SY",
         "Daraa"),
        ("Rebels looted shops in Lagos (Bahema Baguru, Ituri) overnight.", "Lagos", "CD",
         "Ituri"),
    ],
)
def test_holder_after_an_unknown_name_places_the_name(
    text: str, name: str, country: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.country == country
    assert admin1 in (place.admin1 or place.name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A drone struck Durban area of Shahwalikot district, Kandahar.", "Durban"),
        ("Gunmen attacked Victoria area of Ghorak district, Kandahar.", "Victoria"),
    ],
)
def test_no_namesake_abroad_before_area_of_district_and_holder(text: str, name: str) -> None:
    found = places_in(text)
    assert found[name].place is None or found[name].place.country == "AF"
    holder = found["Kandahar"].place
    assert holder is not None
    assert holder.country == "AF"
