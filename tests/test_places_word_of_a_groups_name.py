"""A word of an armed group's name of several words ("Taiba" of "Lashkar-e-Taiba", "Sahara"
of "Islamic State in the Greater Sahara") whose readings all lie outside the countries the
group is active in is no place of the report; one that lies there ("Donetsk" of the Donetsk
People's Republic) is read as before."""

from __future__ import annotations

import pytest

from eventcoder.actors import group_name_spans
from eventcoder.evaluate.metrics import main_event
from eventcoder.pipeline import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lashkar-e-Taiba militants fired on a patrol near the fence on Sunday.", "Taiba"),
        ("Fighters of the Islamic State in the Greater Sahara burned a market.", "Sahara"),
    ],
)
def test_places_word_of_a_groups_name_abroad_is_no_place(text: str, word: str) -> None:
    assert word not in places_in(text)


def test_places_word_of_a_groups_name_in_its_area_is_kept() -> None:
    found = places_in("The Donetsk People's Republic said its men held the line.")
    assert "Donetsk" in found


def test_events_unknown_village_of_a_group_takes_no_country_from_its_name() -> None:
    text = ("On 9 July 2022, Lashkar-e-Taiba militants attacked Pogupora village, killing "
            "two civilians.")
    event = main_event([r for r in extract(text) if isinstance(r, Event)])
    assert event is not None and event.location is not None
    assert event.location.country == "IN"


def test_places_group_name_spans_found_by_their_first_word() -> None:
    text = "Police said Lashkar-e-Taiba men fled."
    [(start, end, countries)] = group_name_spans(text)
    assert text[start:end] == "Lashkar-e-Taiba"
    assert "IN" in countries
    assert group_name_spans("Police said nothing.") == []
