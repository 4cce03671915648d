"""Of a country's namesakes, the one in the first-level division where the text's other
places lie; and a holder read as the namesake seat of a state still states the state."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Gunmen shot a shopkeeper in Esperanza on Tuesday, and police in Tehuacan, Puebla, "
         "said two suspects fled.", "Esperanza", "Puebla"),
        ("Roads into Maden were closed after a rockslide, the governor of Elazig said on "
         "Monday.", "Maden", "Elazig"),
        ("Relatives said the farmer was taken from his home in Maden; troops later searched "
         "villages around Elazig.", "Maden", "Elazig"),
    ],
)
def test_a_namesake_in_the_division_of_the_other_places_wins(
    text: str, name: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "holder", "admin1"),
    [
        ("Two air raids struck Majzar district west of Marib city (Marib) on Tuesday.",
         "Marib", "Marib"),
        ("Coalition jets hit the Sirwah front west of Marib city (Marib) at dawn.",
         "Marib", "Marib"),
    ],
)
def test_a_holder_stays_the_division_it_names(text: str, holder: str, admin1: str) -> None:
    mentions = [m for m in places_in(text).values() if m.text == holder]
    place = mentions[-1].place
    assert place is not None and place.feature == "admin1" and place.name == admin1


@pytest.mark.parametrize(
    "text",
    [
        "A trader was kidnapped in Ugah, close to Lafia (Nasarawa), on Friday.",
        "Bandits seized a headman at his house in Ugah, near Lafia (Nasarawa), late on Sunday.",
    ],
)
def test_a_seat_read_holder_states_its_division(text: str) -> None:
    # "Nasarawa" read on its own is the state's seat; the state is still where the text
    # is, so a small namesake of "Ugah" in another state is no reading of it.
    found = places_in(text)
    assert found["Ugah"].place is None or found["Ugah"].place.admin1 == "Nasarawa"
    lafia = found["Lafia"].place
    assert lafia is not None and lafia.admin1 == "Nasarawa"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Shop owners protested outside the town hall in Ivankiv, Kyiv, on Monday.",
         "Ivankiv", "Kyiv"),
        ("Neighbours blocked the cemetery gate in Canete, Lima, on Thursday.", "Canete",
         "Lima"),
    ],
)
def test_a_holder_shared_by_two_divisions_leaves_towns_in_either(
    text: str, name: str, admin1: str
) -> None:
    # Kyiv names the city and the oblast around it, Lima a province and a region: the town
    # lies in one of them, and stays.
    place = places_in(text)[name].place
    assert place is not None and admin1 in (place.admin1 or "")
