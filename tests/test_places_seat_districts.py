"""A district written after "in" and known to the gazetteer only by its seat town ("in the
Marjayoun District") holds the name before it: no namesake of that name elsewhere, and a
name the gazetteer lacks is placed at the seat."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "seat", "country"),
    [
        # Houla of Lebanon is missing; the gazetteer's Houla is in Syria.
        ("Israeli bulldozers razed land near Houla in the Marjayoun District, the Lebanese "
         "army said.", "Houla", "Marjayoun", "LB"),
        ("Lebanese soldiers found a rocket launcher near Yaroun in the Bint Jbeil District "
         "on Friday.", "Yaroun", "Bint Jbeil", "LB"),
        ("A Kenyan herder was shot dead in Kotulo in the Mandera district.",
         "Kotulo", "Mandera", "KE"),
    ],
)
def test_a_name_is_placed_at_the_seat_of_its_district(
    text: str, name: str, seat: str, country: str
) -> None:
    found = places_in(text)
    holder = found[seat].place
    assert holder is not None and holder.country == country
    mention = found[name]
    assert mention.place == holder
    assert mention.geo_precision == 2
    assert "placed at" in (mention.reason or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Nothing points to the seat's country: the seat says little, and no holder is taken.
        ("Gunmen seized a farm in Ar Rubat area of Tuban district (Lahij) on Monday.",
         "Ar Rubat"),
        # No division word after it: a town, not a district.
        ("Lebanese protesters marched from Houla to Marjayoun on Sunday.", "Houla"),
    ],
)
def test_no_seat_without_the_country_or_the_division_word(text: str, name: str) -> None:
    mention = places_in(text)[name]
    assert "placed at" not in (mention.reason or "")
