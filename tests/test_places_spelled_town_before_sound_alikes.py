"""A name written letter for letter as a town's own name is that town sooner than a town
abroad it reaches only by its sound key ("Qa'tabah" is Yemen's, not Zambia's Kataba), and a
name written with its article that a town bears so is that town where the reading without
the article lies abroad ("Al Busayrah" of Syria, no Jordanian Busayra). A city of 100,000 or
more keeps its reading: it is written in many spellings, which villages elsewhere bear."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Unknown gunmen shot a trader dead in Qa'tabah on Tuesday.", "Qa'tabah", "YE"),
        ("A landmine killed two herders near Wa'lan at dusk.", "Wa'lan", "YE"),
        ("Villagers protested in Oursi against the closure of the school.", "Oursi", "BF"),
        ("Gunmen stormed a clinic in Al Busayrah and took two nurses.", "Al Busayrah", "SY"),
        ("A roadside bomb hit a bus in Al Karimah on Monday morning.", "Al Karimah", "SY"),
    ],
)
def test_places_town_spelled_as_written_before_a_sound_alike_abroad(
    text: str, name: str, country: str
) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.country == country


def test_places_city_reached_by_its_key_keeps_its_reading() -> None:
    mention = places_in("Shoppers fled when a fire broke out in Al 'Ayn on Friday.")["Al 'Ayn"]
    assert mention.place is not None and mention.place.country == "AE"
