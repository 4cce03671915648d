"""A province spelled like a country, written as the holder of a district of it."""

from __future__ import annotations

import pytest

from tests.place_readings import first_event_place as _where


@pytest.mark.parametrize(("text", "district"), [
    ("On 4 May 2021, bandits abducted 6 travellers near Kuchi village (Lavun, Niger).",
     "Lavun"),
    ("On 4 May 2021, armed bandits raided Zango village (Mariga, Niger), killing 3 "
     "residents.", "Mariga"),
    ("On 4 May 2021, gunmen stormed a farm settlement near Dogo (Lavun, Niger) at night.",
     "Lavun"),
    ("On 4 May 2021, vigilantes repelled kidnappers at Ungwan Gari village (Mariga, "
     "Niger).", "Mariga"),
    ("On 4 May 2021, unknown gunmen shot a trader in Sabon Kasuwa (Lavun, Niger).",
     "Lavun"),
])
def test_places_a_district_then_its_province_named_like_a_country(
        text: str, district: str) -> None:
    # Nigeria's Niger state, which holds the district; the Republic of Niger holds none
    assert _where(text) == (district, "NG", "Niger")


@pytest.mark.parametrize(("text", "place", "country"), [
    ("On 4 May 2021, gunmen killed 2 herders near Tillaberi, Niger.", "Tillaberi", "NE"),
    ("On 4 May 2021, protesters marched in Tbilisi, Georgia.", "Tbilisi", "GE"),
    ("On 4 May 2021, a man was shot in Columbus, Georgia.", "Columbus", "US"),
])
def test_places_a_country_holding_the_name_stays_the_country(
        text: str, place: str, country: str) -> None:
    assert _where(text)[:2] == (place, country)
