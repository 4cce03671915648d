"""A name spelled exactly as a small place abroad, in a text that points to another country
whose sizeable town is spelled one letter differently, is that town ("Multa" in a report of
Pakistani police is Multan, not a hamlet of that spelling in Russia); where the text also
places something in the small place's country, the exact spelling stands."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(("text", "name", "country", "town"), [
    ("Pakistani police said a blast tore through a bus stand in Multa on Tuesday.",
     "Multa", "PK", "Multan"),
    ("Pakistani police said gunmen shot dead a lawyer in Marda late on Tuesday.",
     "Marda", "PK", "Mardan"),
], ids=["hamlet-abroad", "village-abroad"])
def test_places_variant_of_a_town_in_the_country_pointed_to(text: str, name: str,
                                                            country: str, town: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and (place.country, place.name) == (country, town)


def test_places_exact_spelling_stands_where_the_text_places_something_there() -> None:
    text = "Pakistani police said gunmen shot dead a lawyer in Marda, in the West Bank."
    place = places_in(text)["Marda"].place
    assert place is not None and place.country == "PS"


def test_events_placed_at_the_variant_in_the_country_pointed_to() -> None:
    text = ("On 2 July 2022, Pakistani police said a blast tore through a bus stand in Multa, "
            "killing four people.")
    [event] = [r for r in extract(text) if isinstance(r, Event)]
    assert (event.location.country, event.location.place) == ("PK", "Multan")
