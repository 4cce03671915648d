"""A wire report filed from one country's capital about fighting in a neighbour: the
dateline's town says where the report was filed from, not where its events are, so it does
not make the other country's towns read as small namesakes abroad; and a city of some size
that is the only town of its name is that city, whatever country else the text points to."""

from __future__ import annotations

import pytest

import eventcoder
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("NAIROBI, Oct 8 (Reuters) - Al Shabaab fighters attacked a military base near "
         "Baidoa on Tuesday, killing four soldiers, officials said.", "Baidoa", "SO"),
        ("AMMAN, March 3 (Reuters) - Gunmen ambushed a supply convoy outside Deir ez-Zor "
         "on Monday, killing six fighters, a monitoring group said.", "Deir ez-Zor", "SY"),
        ("BANGKOK, June 12 (Reuters) - Army troops shelled a village near Myawaddy on "
         "Wednesday, killing three civilians, residents said.", "Myawaddy", "MM"),
        ("DAKAR, Feb 20 (Reuters) - Militants stormed an army post near Douentza on Sunday, "
         "killing five soldiers, the army said.", "Douentza", "ML"),
    ],
)
def test_town_abroad_under_a_capitals_dateline(text: str, town: str, country: str) -> None:
    mention = places_in(text)[town]
    assert mention.place is not None, mention.reason
    assert mention.place.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("NAIROBI, Oct 8 (Reuters) - Al Shabaab fighters attacked a military base near "
         "Baidoa on Tuesday, killing four soldiers, officials said.", "SO"),
        ("BANGKOK, June 12 (Reuters) - Army troops shelled a village near Myawaddy on "
         "Wednesday, killing three civilians, residents said.", "MM"),
    ],
)
def test_event_placed_in_the_neighbour(text: str, country: str) -> None:
    events = [r for r in eventcoder.extract(text, published="2025-10-08")
              if type(r).__name__ == "Event"]
    assert events
    assert events[0].location.country == country


def test_sole_city_of_its_name_named_beside_a_foreign_capital() -> None:
    # Nairobi, written in the text, anchors it in Kenya; Baidoa is still no namesake
    mention = places_in(
        "Officials in Nairobi said that Al Shabaab fighters had overrun an outpost near "
        "Baidoa, killing four soldiers.")["Baidoa"]
    assert mention.place is not None, mention.reason
    assert mention.place.country == "SO"


def test_small_namesake_abroad_still_weak_under_a_dateline() -> None:
    # a hamlet of a far country, one of many of its name, is still no place of the report
    mention = places_in(
        "NAIROBI, Oct 8 (Reuters) - Gunmen raided a checkpoint near Kelly on Friday, "
        "officials said.")["Kelly"]
    assert mention.place is None
