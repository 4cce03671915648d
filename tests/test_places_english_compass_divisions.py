"""A first-level division named by a compass point and written in English with a division
word after it ("the East province", "the South region", "the South-West region") is that
division of the country the text points to, though the word alone is a common English word
("the East") and though the gazetteer gives the division a French name ("de l'Est", "Est",
"Sud-Ouest"); alone, or in a text that points to no country, it is still no place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Armed men raided a gendarmerie post in the East province of Cameroon on Friday.",
     "East", "CM"),
    ("Separatists set fire to a clinic in the South region of Cameroon, officials said.",
     "South", "CM"),
    ("Militants shot dead four herders in the East region of Burkina Faso last week.",
     "East", "BF"),
    ("Militants shot dead four herders in the South-West region of Burkina Faso.",
     "South-West", "BF"),
    ("Police said a mob burned a depot in the West province, Cameroon.", "West", "CM"),
], ids=["east-province", "south-region", "east-in-french", "hyphenated-in-french",
        "west-then-country"])
def test_places_english_compass_division_with_its_word(text: str, name: str,
                                                       country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and (place.feature, place.country) == ("admin1", country)


@pytest.mark.parametrize("text", [
    "Armed men raided a gendarmerie post in the East province on Friday.",
    "Armed men raided a gendarmerie post in the East of Cameroon on Friday.",
    "Militants shot dead four herders in the South-West last week, Cameroon's army said.",
], ids=["no-country", "no-division-word", "hyphenated-no-division-word"])
def test_places_english_compass_word_without_a_country_or_word_is_no_division(
        text: str) -> None:
    assert not any(m.place is not None and m.place.feature == "admin1"
                   for m in places_in(text).values())


def test_events_placed_at_the_english_compass_region() -> None:
    text = ("On 9 June 2022, gunmen killed three traders on a road in the East region of "
            "Burkina Faso.")
    [event] = [r for r in extract(text) if isinstance(r, Event)]
    assert (event.location.country, event.location.admin1,
            event.location.geo_precision) == ("BF", "Est", 3)
