"""A name of two or three capitalised words the gazetteer lacks is read whole, not as a
place called by its first word: "Ayn Sufayrah" is no "Ayn", "Ayn al-Hamra" no Al Ain."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting was reported in Ayn al-Hamra village.", "Ayn al-Hamra"),
        ("On Monday, gunmen killed a farmer in Ayn Sufayrah eastern Tal Kaif.", "Ayn Sufayrah"),
        ("Rioters blocked the Qabb Rimsh-Shtaura road with tyres.", "Qabb Rimsh"),
    ],
)
def test_places_unknown_name_read_whole(text: str, name: str) -> None:
    found = places_in(text)
    assert name in found and found[name].place is None
    head = name.split()[0]
    assert all(m.text != head for m in place_mentions(text))


def test_places_city_heading_a_longer_name_stays() -> None:
    # a city of a million spelled as written heads a name of its own quarter
    found = places_in("Clashes spread from Mosul al-Jadida to Ayn Sufayrah on Monday.")
    mosul = found["Mosul"].place
    assert mosul is not None and mosul.country == "IQ"
    assert "Ayn Sufayrah" in found
