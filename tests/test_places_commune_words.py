"""A commune is named after its seat town: "X Commune" and "the Commune of X" name the
place X, with the noun a cue to its rank, never a place called "Commune"."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import place_mentions, places_in
from tests.records_factory import only_event

TEXTS = [
    "On 2 March 2021, unidentified gunmen killed a farmer in Kolokani Commune on Sunday.",
    "Militiamen burned huts in Yorosso Commune, Sikasso region, on 5 April 2021.",
    "Jihadist militants abducted a trader in Tominian Commune of Segou region.",
    "Soldiers fired on protesters in the Commune of Kangaba on Tuesday.",
]


@pytest.mark.parametrize(
    ("text", "name"), list(zip(TEXTS, ["Kolokani", "Yorosso", "Tominian", "Kangaba"], strict=True)))
def test_places_name_with_commune_word_is_the_town(text: str, name: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and (place.name, place.country) == (name, "ML")


@pytest.mark.parametrize("text", TEXTS)
def test_places_commune_word_is_no_place(text: str) -> None:
    assert all("Commune" not in m.text for m in place_mentions(text))


def test_events_placed_at_the_commune_seat(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, TEXTS[0]).location
    assert (location.name, location.country) == ("Kolokani", "ML")
