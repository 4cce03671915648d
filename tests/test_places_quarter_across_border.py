"""A quarter written as part of the city after it ("the X neighbourhood of Jerusalem") that
the gazetteer files as a town of another country within the city's reach is that town, in
its own country: a divided city's quarters lie on either side of the line the gazetteer
draws. A quarter the gazetteer lacks stays placed at the city."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Settlers threw stones at a car in the Beit Hanina neighbourhood of Jerusalem.",
         "Beit Hanina"),
        ("Police closed a road in the Bayt Hanina neighborhood of Jerusalem overnight.",
         "Bayt Hanina"),
        # read on its own where the text names the quarter's people, then kept
        ("Palestinian youths threw stones at a patrol in the Beit Hanina quarter of Jerusalem.",
         "Beit Hanina"),
        # a comma before the city, as with "of"
        ("Border police fired tear gas in the Beit Hanina area, Jerusalem, on Friday.",
         "Beit Hanina"),
    ],
)
def test_places_quarter_across_border_is_the_quarter(text: str, part: str) -> None:
    mention = places_in(text)[part]
    assert mention.place is not None
    assert (mention.place.name, mention.place.country) == ("Bayt Hanina", "PS")
    assert mention.geo_precision == 1


@pytest.mark.parametrize(
    ("text", "part", "town"),
    [
        # a quarter the gazetteer lacks: the city places it, as before
        ("Police raided a house in the Silwan neighbourhood of Jerusalem.", "Silwan",
         "Jerusalem"),
        ("A car bomb went off in the Qorvada district of Baghdad.", "Qorvada", "Baghdad"),
    ],
)
def test_places_quarter_not_found_stays_at_the_city(text: str, part: str, town: str) -> None:
    mention = places_in(text)[part]
    assert mention.place is not None and mention.place.name == town
