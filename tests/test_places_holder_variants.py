"""A name the gazetteer lacks, written before the province that holds it, is read as a town
of that province spelled nearly as written; and a province written as a holder is the
province, not a town whose longer name it opens."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "town", "admin1"),
    [
        ("Two men were shot dead outside a bar in Culiacna, Sinaloa, on Saturday.",
         "Culiacna", "Culiacan", "Sinaloa"),
        ("Residents marched in Motozinga, Chiapas, to demand clean water.", "Motozinga",
         "Motozintla", "Chiapas"),
        ("Teachers blocked the highway in Tapachla, Chiapas.", "Tapachla", "Tapachula",
         "Chiapas"),
    ],
)
def test_a_misspelt_town_is_found_in_its_holder(
    text: str, name: str, town: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.feature == "populated_place"
    assert place.name == town and place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Two men were shot dead outside a bar in Culiacna, Sinaloa, on Saturday.", "Sinaloa"),
        ("Residents marched in Motozinga, Chiapas, to demand clean water.", "Chiapas"),
    ],
)
def test_a_holder_spelled_as_a_province_is_the_province(text: str, holder: str) -> None:
    # Sinaloa de Leyva and Chiapa de Corzo are towns whose longer names open with the
    # state's: written after a town, the name is the state.
    place = places_in(text)[holder].place
    assert place is not None and place.feature == "admin1" and place.name == holder


def test_a_short_unknown_name_stays_at_its_holder() -> None:
    # Too short to be read as a slip: a hamlet the gazetteer lacks, placed at its province.
    place = places_in("Soldiers searched houses in Kiba, Sinaloa, at dawn.")["Kiba"].place
    assert place is not None and place.feature == "admin1" and place.name == "Sinaloa"
