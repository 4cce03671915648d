"""A holder misspelt, read inside the division written after it.

"Damaracherla village (Nalgoda, TS)": the gazetteer lacks "Nalgoda", but Telangana, written
after it, has a Nalgonda one letter off; the holder is that town, and the village, which the
gazetteer lacks too, is placed at it. A misspelling is read only inside the division named
after it: the same slip followed by another state is left alone.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "written", "name", "admin1"),
    [
        ("Farmers protested in Kotla village (Ratnagri, Maharashtra) on Monday.", "Ratnagri",
         "Ratnagiri", "Maharashtra"),
        ("Gunmen raided Rato Dero village (Larkna, Sindh) at night.", "Larkna", "Larkana",
         "Sindh"),
        ("A clash broke out in Pir Sabak town (Nowshra, Khyber Pakhtunkhwa) on Friday.",
         "Nowshra", "Nowshera", "Khyber Pakhtunkhwa"),
        ("Militants attacked a post in Kama village (Jalalabd, Nangarhar) at dawn.",
         "Jalalabd", "Jalalabad", "Nangarhar"),
        ("Police dispersed a crowd in Garhi Khairo (Jacobabd, Sindh) on Sunday.", "Jacobabd",
         "Jacobabad", "Sindh"),
    ],
)
def test_places_misspelt_holder_read_in_outer_division(
        text: str, written: str, name: str, admin1: str) -> None:
    place = places_in(text)[written].place
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        # no Guntur in Punjab, no Larkana in Balochistan: the slip is not read elsewhere
        ("Farmers protested in Kollur village (Guntr, Punjab) on Monday.", "Guntr", "Guntur"),
        ("Gunmen raided Rato Dero village (Larkna, Balochistan) at night.", "Larkna",
         "Larkana"),
    ],
)
def test_places_misspelt_holder_outside_outer_division_left_alone(
        text: str, written: str, name: str) -> None:
    mention = places_in(text).get(written)
    assert mention is None or mention.place is None or mention.place.name != name


def test_events_village_with_misspelt_holder_placed_at_holder() -> None:
    event = only_event(RulePipeline(), (
        "On 11 March 2021, workers held a protest in Kotla village (Nowshra, Khyber "
        "Pakhtunkhwa) demanding unpaid wages."))
    location = event.location
    assert (location.name, location.place, location.geo_precision) == (
        "Kotla", "Nowshera", 2)
