"""A title and a name ("Sheikh Ali", "Imam Hassan") make a person unless written as a place.

Some places bear a title in their name (Sheikh Zuweid in Sinai, Sheikh Othman in Aden):
they are read after "in", "near", "at" or before a place word, not as someone's name.
"""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A car bomb killed Sheikh Ali al-Jubouri, a tribal leader, in Tikrit, Iraq.",
         "Sheikh Ali"),
        ("The house of Sheikh Ali Hassan was searched by soldiers in Basra on Monday.",
         "Sheikh Ali"),
    ],
)
def test_places_title_and_name_is_a_person(text: str, person: str) -> None:
    found = place_mentions(text)
    assert all(not m.text.startswith(person) for m in found)
    assert all(m.place is None or m.place.country == "IQ" for m in found)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Militants attacked a checkpoint in Sheikh Zuweid, North Sinai, on Friday.",
         "Sheikh Zuweid", "EG"),
        ("Gunmen stormed a police post near Sheikh Zuweid overnight.", "Sheikh Zuweid", "EG"),
    ],
)
def test_places_titled_place_after_locative_word(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    "text",
    [
        # a rank, given names and a surname that some town bears: the surname is the person's
        ("ERBIL - The spokesman of the Ministry of Peshmerga Affairs, Brigadier General Karwan "
         "Saleh, said on Sunday that border guards had repelled an infiltration attempt."),
        # and the surname alone, after the full name
        ("ERBIL - Brigadier General Karwan Saleh told reporters the border was calm. \"We "
         "will not allow any attack from our territory,\" Saleh said."),
    ],
)
def test_places_surname_of_a_titled_person_is_no_place(text: str) -> None:
    assert all(not m.text.startswith("Saleh") for m in place_mentions(text))
