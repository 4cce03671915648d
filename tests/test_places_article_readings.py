"""A name written with an Arabic article is not read, through the article's loss alone, as
a town of a country nothing in the text points to."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Four people died when IS fighters stormed a police post outside a village near "
         "al Abbarah on Saturday.", "al Abbarah"),
        ("Gunmen attacked a checkpoint near al-Rawajah, killing two.", "al-Rawajah"),
    ],
)
def test_an_article_dropped_reading_abroad_is_not_taken(text: str, name: str) -> None:
    assert places_in(text)[name].place is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Militants attacked a checkpoint in al-Khalis, Diyala.", "al-Khalis", "IQ"),
        ("Houthi forces shelled al-Mukalla on Sunday.", "al-Mukalla", "YE"),
        ("Egyptian troops raided houses in al-Arish, North Sinai.", "al-Arish", "EG"),
        ("Gunmen killed a farmer in El Refugio, Ahuachapan.", "El Refugio", "SV"),
    ],
)
def test_an_article_dropped_reading_the_text_points_to_stays(
    text: str, name: str, country: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country
