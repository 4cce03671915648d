"""A place the gazetteer lacks, written with the division it lies in ("in Loma Verdosa,
Boyacá department"), is where the event's main clause puts it: a town a later sentence names
(where suspects were held, where an inquiry opened) does not take its place, though the
place's point is only its division's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

REPORTS = [
    ("On 12 March 2022, in Loma Verdosa, Boyacá department, unidentified gunmen shot dead a "
     "community leader. Hours later, police arrested two suspects in Tunja.",
     "Loma Verdosa", "Boyaca"),
    ("On 5 June 2021, in Kambi Nyeusi, Turkana county, raiders killed three herders and "
     "drove away their goats. Later, elders met in Lodwar to discuss the attack.",
     "Kambi Nyeusi", "Turkana"),
    ("On 2 July 2021, in El Ocotal Viejo, Guerrero state, armed men set fire to four houses. "
     "The state prosecutor later opened an inquiry in Chilpancingo.",
     "El Ocotal Viejo", "Guerrero"),
    ("On 14 October 2021, in Nyamwenge, Kagera region, a mob beat a suspected thief to "
     "death. Police later detained five men in Bukoba.", "Nyamwenge", "Kagera"),
]


@pytest.mark.parametrize(("text", "name", "admin1"), REPORTS)
def test_events_place_named_within_holder_first(text: str, name: str, admin1: str) -> None:
    events = [r for r in extract(text, published="2022-05-01") if isinstance(r, Event)]
    assert events
    location = events[0].location
    assert location.name == name
    assert location.admin1 == admin1


def test_events_town_named_in_the_main_clause_still_first() -> None:
    text = ("On 3 April 2022, in Tunja, gunmen shot dead a shopkeeper. Later, in Loma "
            "Verdosa, Boyacá department, police arrested a suspect.")
    events = [r for r in extract(text, published="2022-05-01") if isinstance(r, Event)]
    assert events and events[0].location.name == "Tunja"
