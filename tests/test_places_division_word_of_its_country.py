"""The word a country calls its first-level divisions by ("state" in Nigeria and India,
"province" in Pakistan, "governorate" in Egypt, "department" in Colombia) picks, of the
namesake divisions of several countries, the one whose country uses it."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Cameroonian traders who fled the fighting crossed into Adamawa state on "
         "Thursday.", "Adamawa", "NG"),
        ("Seven labourers were shot dead in Punjab state on Saturday.", "Punjab", "IN"),
        ("Seven labourers were shot dead in Punjab province on Saturday.", "Punjab", "PK"),
        ("Coastguards seized a boat of migrants in Red Sea governorate on Sunday.",
         "Red Sea", "EG"),
        ("Coastguards seized a boat of migrants in Red Sea state on Sunday.", "Red Sea", "SD"),
        ("Gold diggers fought soldiers in Amazonas department on Wednesday.", "Amazonas", "CO"),
        ("Gold diggers fought soldiers in Amazonas state on Wednesday.", "Amazonas", "BR"),
    ],
)
def test_a_division_word_picks_the_country_that_uses_it(
    text: str, name: str, country: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.feature == "admin1" and place.country == country


def test_the_spelling_as_written_holds_without_a_division_word() -> None:
    place = places_in("Herders clashed with farmers near Adamaoua on Friday.")["Adamaoua"].place
    assert place is not None and place.country == "CM"
