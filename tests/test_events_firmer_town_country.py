"""Where two towns of a report are read in two countries, one place each, the event lies in
the country of the firmer reading: a unique town name, not one of many namesakes of a word
that here names a building ("the Saray")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main_location(text: str) -> tuple[str | None, str | None]:
    events = [r for r in extract(text, published="2022-03-10") if isinstance(r, Event)]
    assert events
    location = max(events, key=lambda e: e.confidence).location
    return location.country, location.place


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        ("On 14 August 2021, dozens of retired teachers rallied by the Saray before walking to "
         "the municipal building in Baalbek to demand their pensions.", "LB", "Baalbek"),
        ("On 3 March 2022, students sat in front of the Saray in Zahle to demand lower fees.",
         "LB", "Zahle"),
    ],
)
def test_events_firmer_town_wins_the_tie(text: str, country: str, place: str) -> None:
    assert _main_location(text) == (country, place)

